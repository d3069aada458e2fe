package gov.ocss.ivr.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedClientsTest {

    @Test
    void byDefaultOnlyThisHostMayConnect() throws UnknownHostException {
        AllowedClients allowed = AllowedClients.loopbackOnly();

        assertThat(allowed.allows(address("127.0.0.1"))).isTrue();
        assertThat(allowed.allows(address("127.10.0.3"))).isTrue();
        assertThat(allowed.allows(address("::1"))).isTrue();
        assertThat(allowed.allows(address("10.20.0.5"))).isFalse();
        assertThat(allowed.allows(address("fe80::1"))).isFalse();
        assertThat(allowed.isLoopbackOnly()).isTrue();
    }

    @Test
    void anAsteriskIsAllowedByItsAddressOrItsBlock() throws UnknownHostException {
        AllowedClients allowed = AllowedClients.parse(List.of("10.20.0.5", " 192.168.4.0/22", "fd00:1::/32"));

        assertThat(allowed.allows(address("10.20.0.5"))).isTrue();
        assertThat(allowed.allows(address("10.20.0.6"))).isFalse();
        assertThat(allowed.allows(address("192.168.7.255"))).isTrue();
        assertThat(allowed.allows(address("192.168.8.0"))).isFalse();
        assertThat(allowed.allows(address("fd00:1:ffff::9"))).isTrue();
        assertThat(allowed.allows(address("fd00:2::9"))).isFalse();
        // An IPv4 host reached over IPv6 (an IPv4-mapped address) is that host.
        assertThat(allowed.allows(address("::ffff:10.20.0.5"))).isTrue();
        assertThat(allowed.allows(address("127.0.0.1"))).isFalse();
        assertThat(allowed.isLoopbackOnly()).isFalse();
    }

    @Test
    void aBlockWithPrefixZeroAllowsEveryClientOfItsFamily() throws UnknownHostException {
        AllowedClients allowed = AllowedClients.parse(List.of("0.0.0.0/0"));

        assertThat(allowed.allows(address("203.0.113.9"))).isTrue();
        assertThat(allowed.allows(address("2001:db8::1"))).isFalse();
    }

    @Test
    void anythingButALiteralAddressOrBlockIsRefusedByName() {
        assertThatThrownBy(() -> AllowedClients.parse(List.of("asterisk.example.org")))
                .hasMessageContaining("'asterisk.example.org'");
        assertThatThrownBy(() -> AllowedClients.parse(List.of("10.0.0.0/33"))).hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> AllowedClients.parse(List.of("10.0.0.0/x"))).hasMessageContaining("'10.0.0.0/x'");
        assertThatThrownBy(() -> AllowedClients.parse(List.of(""))).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> AllowedClients.parse(List.of("fd00::/129"))).hasMessageContaining("0 to 128");
    }

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
