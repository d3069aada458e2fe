package gov.ocss.ivr.simulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One FastAGI connection, Asterisk's side of it (res_agi.c's {@code run_agi}): send the
 * environment, then answer each command line until the server closes the connection.
 */
final class AgiSession {
    private static final String UNKNOWN_COMMAND = "510 Invalid or unknown command";
    /** Current master's wording; older versions end after "dead channel". */
    private static final String DEAD_CHANNEL = "511 Command Not Permitted on a dead channel or intercepted channel";
    private static final String USAGE_FOLLOWS = "520-Invalid command syntax.  Proper usage follows:";
    private static final String USAGE_ENDS = "520 End of proper usage.";
    private static final String USAGE_NOT_AVAILABLE = "520 Invalid command syntax.  Proper usage not available.";

    private final Socket socket;
    private final List<String> environment;
    private final SimulatedChannel channel;
    private final CallRecorder record;
    private final Pacing pacing;
    private final int maxCommands;
    private final long idleMillis;
    private OutputStream out;
    private boolean agiFailed;

    AgiSession(Socket socket, List<String> environment, SimulatedChannel channel, CallRecorder record,
               Pacing pacing, int maxCommands, long idleMillis) {
        this.socket = socket;
        this.environment = environment;
        this.channel = channel;
        this.record = record;
        this.pacing = pacing;
        this.maxCommands = maxCommands;
        this.idleMillis = idleMillis;
    }

    CallRecord run() {
        CallRecord.End end;
        String detail;
        try {
            out = new BufferedOutputStream(socket.getOutputStream(), 4096);
            sendEnvironment();
            AgiLineReader in = new AgiLineReader(socket.getInputStream());
            long waitingSince = System.nanoTime();
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    end = CallRecord.End.SERVER_CLOSED;
                    detail = "the server closed the connection";
                    break;
                }
                // The server's turnaround: from our last line sent (environment or reply) to its next command.
                record.stepTurnaround(System.nanoTime() - waitingSince);
                if (record.commandCount >= maxCommands) {
                    end = CallRecord.End.COMMAND_LIMIT;
                    detail = "more than " + maxCommands + " commands in one call";
                    break;
                }
                record.commandCount++;
                record.command(line);
                if (in.lastWasCut()) {
                    record.protocolError(record.commandCount, "command longer than " + AgiLineReader.MOST_BYTES_PER_COMMAND
                            + " bytes: Asterisk cuts it there and reads the rest as another command");
                }
                if (line.regionMatches(true, 0, "failure", 0, 7)) {
                    // res_agi.c's special case for a script that could not start: AGI ends with FAILURE.
                    agiFailed = true;
                    end = CallRecord.End.AGI_FAILURE;
                    detail = "the server sent a line starting with 'failure'";
                    break;
                }
                long startedAt = channel.now();
                long wallStart = System.nanoTime();
                answer(line);
                // A caller that blocks in onTurn (a person at a keyboard) has already spent part of the time.
                long spentMillis = (System.nanoTime() - wallStart) / 1_000_000;
                pacing.elapse(channel.now() - startedAt - spentMillis);
                // Asterisk replies when the command has finished: after the prompt played or the wait ran out.
                out.flush();
                waitingSince = System.nanoTime();
                if (Thread.currentThread().isInterrupted()) {
                    end = CallRecord.End.INTERRUPTED;
                    detail = "interrupted";
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            end = CallRecord.End.SERVER_IDLE;
            detail = "the server sent nothing for " + idleMillis + " ms";
        } catch (IOException e) {
            end = CallRecord.End.CONNECTION_LOST;
            detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = CallRecord.End.INTERRUPTED;
            detail = "interrupted";
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the call is over either way
            }
        }
        // AGISTATUS as run_agi leaves it: a failure sticks, else a hang-up noticed shows.
        channel.variables().write("AGISTATUS", agiFailed ? "FAILURE" : channel.isHungUp() ? "HANGUP" : "SUCCESS");
        record.durationMillis = channel.now();
        return new CallRecord(record, channel.variables(), end, detail);
    }

    private void sendEnvironment() throws IOException {
        StringBuilder block = new StringBuilder(1024);
        for (String line : environment) {
            block.append(line).append('\n');
            record.environment.add(line);
        }
        block.append('\n');
        out.write(block.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void answer(String line) throws IOException {
        channel.beginCommand(record.commandCount, line);
        if (channel.takeHangupNotice()) {
            send("HANGUP");
        }
        AgiCommand command = AgiCommand.parse(line);
        CommandTable known = CommandTable.find(command);
        if (known == null) {
            channel.protocolError("unknown command, answered 510");
            send(UNKNOWN_COMMAND);
            channel.endCommand(false);
            return;
        }
        boolean deadAtStart = channel.isDead();
        if (deadAtStart && !known.runsOnDeadChannel()) {
            channel.note(known.commandName() + " after the hang-up: answered 511");
            send(DEAD_CHANNEL);
            channel.endCommand(false);
            return;
        }
        if (!known.isSimulated()) {
            channel.protocolError(known.commandName() + " exists in Asterisk but is not simulated; answered 510");
            send(UNKNOWN_COMMAND);
            channel.endCommand(false);
            return;
        }
        Reply reply = known.handler().handle(command, channel);
        if (reply.usage()) {
            channel.protocolError("wrong syntax for " + known.commandName() + ", answered 520 with its usage");
            sendUsage(known);
            channel.endCommand(false);
            return;
        }
        send(reply.line());
        // res_agi.c: a handler's failure makes the AGI fail unless the channel was hung up by then.
        if (reply.failure() && (deadAtStart || !channel.isHungUp())) {
            agiFailed = true;
        }
        channel.endCommand(true);
    }

    private void sendUsage(CommandTable command) throws IOException {
        if (command.usage().isEmpty()) {
            send(USAGE_NOT_AVAILABLE);
            return;
        }
        send(USAGE_FOLLOWS);
        for (String usageLine : command.usage()) {
            send(usageLine);
        }
        send(USAGE_ENDS);
    }

    private void send(String line) throws IOException {
        record.reply(line);
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
