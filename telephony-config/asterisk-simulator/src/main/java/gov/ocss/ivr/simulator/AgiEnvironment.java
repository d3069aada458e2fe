package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The environment block Asterisk sends first on a FastAGI connection: the keys and their order
 * are those of the recordings (res_agi.c's {@code setup_env}, preceded by the two network keys),
 * one {@code key: value} line each, then an empty line.
 */
final class AgiEnvironment {
    private AgiEnvironment() {
    }

    static List<String> lines(CallSetup setup, String connectedHostAndPort, String channel, String uniqueId, long threadId) {
        List<String> lines = new ArrayList<>(24 + setup.args().size());
        lines.add("agi_network: yes");
        lines.add("agi_network_script: " + setup.networkScript());
        lines.add("agi_request: " + setup.requestUrl(connectedHostAndPort));
        lines.add("agi_channel: " + channel);
        lines.add("agi_language: " + setup.language());
        lines.add("agi_type: " + technology(channel));
        lines.add("agi_uniqueid: " + uniqueId);
        lines.add("agi_version: " + setup.asteriskVersion());
        lines.add("agi_callerid: " + setup.callerIdNumber());
        lines.add("agi_calleridname: " + setup.callerIdName());
        lines.add("agi_callingpres: " + setup.callingPresentation());
        lines.add("agi_callingani2: 0");
        lines.add("agi_callington: 0");
        lines.add("agi_callingtns: 0");
        lines.add("agi_dnid: " + setup.dnid());
        lines.add("agi_rdnis: " + setup.rdnis());
        lines.add("agi_context: " + setup.context());
        lines.add("agi_extension: " + setup.extension());
        lines.add("agi_priority: " + setup.priority());
        lines.add("agi_enhanced: 0.0");
        lines.add("agi_accountcode: " + setup.accountCode());
        lines.add("agi_threadid: " + threadId);
        for (int i = 0; i < setup.args().size(); i++) {
            lines.add("agi_arg_" + (i + 1) + ": " + setup.args().get(i));
        }
        return lines;
    }

    /** The channel technology, which Asterisk reports as {@code agi_type} ({@code Local}, {@code PJSIP}). */
    static String technology(String channel) {
        int slash = channel.indexOf('/');
        return slash < 0 ? channel : channel.substring(0, slash);
    }
}
