package gov.ocss.ivr.agi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which hosts may connect to the FastAGI port: Asterisk servers, by address or CIDR block
 * ({@code 10.20.0.5}, {@code 10.20.0.0/24}, {@code fd00::/64}). Anyone who reaches the port could
 * otherwise run the call flow against the ledger, so a connection from elsewhere is closed before a
 * byte is read. Only literal addresses are taken: a host name would make the check depend on DNS.
 */
public final class AllowedClients {
    private record Block(byte[] network, int prefixBits, String written) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Block> blocks;

    private AllowedClients(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** The default: Asterisk on the same host, over loopback. */
    public static AllowedClients loopbackOnly() {
        return parse(List.of("127.0.0.0/8", "::1/128"));
    }

    /** @throws IllegalArgumentException naming the first entry that is not an address or CIDR block */
    public static AllowedClients parse(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : entries) {
            blocks.add(block(entry.trim()));
        }
        return new AllowedClients(blocks);
    }

    public boolean allows(InetAddress client) {
        byte[] address = client.getAddress();
        for (Block block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only this host can connect: the blocks are all loopback. */
    public boolean isLoopbackOnly() {
        return blocks.stream().allMatch(b -> addressOf(b.network()).isLoopbackAddress() && b.prefixBits() >= 8);
    }

    @Override
    public String toString() {
        return String.join(", ", blocks.stream().map(Block::written).toList());
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        String literal = slash < 0 ? entry : entry.substring(0, slash);
        if (literal.isEmpty() || !literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            throw new IllegalArgumentException("not an IP address or CIDR block: '" + entry + "'");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address or CIDR block: '" + entry + "'");
        }
        int bits = network.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("a prefix length from 0 to " + bits + " after the slash: '" + entry + "'");
            }
        }
        return new Block(network, prefix, entry);
    }

    private static InetAddress addressOf(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
