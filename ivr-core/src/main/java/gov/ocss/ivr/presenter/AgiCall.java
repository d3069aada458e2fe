package gov.ocss.ivr.presenter;

import gov.ocss.ivr.agi.UntrustedText;
import gov.ocss.ivr.dialog.Hangup;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.reply.AgiReply;

/**
 * Sends AGI commands for a presenter and turns Asterisk-Java's ways of saying "the caller has gone"
 * (a 511 reply, a closed socket) into the one {@link Hangup} the call flows know.
 */
final class AgiCall {
    private final AgiChannel channel;

    AgiCall(AgiChannel channel) {
        this.channel = channel;
    }

    AgiReply send(AgiCommand command) {
        try {
            return channel.sendCommand(command);
        } catch (AgiHangupException | AgiNetworkException e) {
            throw new Hangup();
        } catch (AgiException e) {
            // A 510 or 520 reply: a command of ours that Asterisk does not take. Its text (the usage) comes
            // off the wire, so it is logged cleaned, and the cause, which would carry it whole, is left out.
            throw new IllegalStateException("Asterisk refused " + command.getClass().getSimpleName() + ": "
                    + UntrustedText.printable(e.getMessage(), 200));
        }
    }

    /** The result code, where -1 means the channel hung up during the command. */
    int sendExpectingLiveChannel(AgiCommand command) {
        int result = send(command).getResultCode();
        if (result < 0) {
            throw new Hangup();
        }
        return result;
    }
}
