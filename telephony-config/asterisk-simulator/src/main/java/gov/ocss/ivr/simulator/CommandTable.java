package gov.ocss.ivr.simulator;

import java.util.List;

/**
 * The AGI commands Asterisk knows (res_agi.c's command table), whether each may run after the
 * caller hung up, and how the simulator carries it out. A command Asterisk knows but the
 * simulator does not simulate has no handler: it is answered 510 and reported, so a test sees it
 * instead of trusting a made-up reply.
 *
 * <p>Usage text is what Asterisk prints between {@code 520-Invalid command syntax.  Proper usage
 * follows:} and {@code 520 End of proper usage.}: the paragraphs of the command's documentation,
 * one line each, markup kept. GET DATA's is recorded byte for byte; the others are taken from
 * res_agi.c's documentation in the same form, with line breaks inside a paragraph joined by a
 * single space (not verified against a real Asterisk).
 */
enum CommandTable {
    ANSWER(false, ChannelCommands::answer, List.of(
            "Answers channel if not already in answer state. Returns <literal>-1</literal> on channel failure, or <literal>0</literal> if successful."),
            "answer"),
    ASYNCAGI_BREAK(true, null, List.of(), "asyncagi", "break"),
    CHANNEL_STATUS(false, ChannelCommands::channelStatus, List.of(
            "Returns the status of the specified <replaceable>channelname</replaceable>. If no channel name is given then returns the status of the current channel."),
            "channel", "status"),
    DATABASE_DEL(true, null, List.of(), "database", "del"),
    DATABASE_DELTREE(true, null, List.of(), "database", "deltree"),
    DATABASE_GET(true, null, List.of(), "database", "get"),
    DATABASE_PUT(true, null, List.of(), "database", "put"),
    EXEC(true, Applications::exec, List.of(
            "Executes <replaceable>application</replaceable> with given <replaceable>options</replaceable>.",
            "Returns whatever the <replaceable>application</replaceable> returns, or <literal>-2</literal> on failure to find <replaceable>application</replaceable>."),
            "exec"),
    GET_DATA(false, InputCommands::getData, List.of(
            "Stream the given <replaceable>file</replaceable>, and receive DTMF data.",
            "Returns the digits received from the channel at the other end."),
            "get", "data"),
    GET_FULL_VARIABLE(true, ChannelCommands::getFullVariable, List.of(
            "Returns <literal>0</literal> if <replaceable>variablename</replaceable> is not set or channel does not exist. Returns <literal>1</literal> if <replaceable>variablename</replaceable> is set and returns the variable in parenthesis. Understands complex variable names and builtin variables, unlike GET VARIABLE.",
            "Example return code: 200 result=1 (testvariable)"),
            "get", "full", "variable"),
    GET_OPTION(false, InputCommands::getOption, List.of(
            "Behaves similar to STREAM FILE but used with a timeout option."),
            "get", "option"),
    GET_VARIABLE(true, ChannelCommands::getVariable, List.of(
            "Returns <literal>0</literal> if <replaceable>variablename</replaceable> is not set. Returns <literal>1</literal> if <replaceable>variablename</replaceable> is set and returns the variable in parentheses.",
            "Example return code: 200 result=1 (testvariable)"),
            "get", "variable"),
    HANGUP(false, ChannelCommands::hangup, List.of(
            "Hangs up the specified channel. If no channel name is given, hangs up the current channel"),
            "hangup"),
    NOOP(true, ChannelCommands::noop, List.of("Does nothing."), "noop"),
    RECEIVE_CHAR(false, TextCommands::receiveChar, List.of(
            "Receives a character of text on a channel. Most channels do not support the reception of text. Returns the decimal value of the character if one is received, or <literal>0</literal> if the channel does not support text reception. Returns <literal>-1</literal> only on error/hangup."),
            "receive", "char"),
    RECEIVE_TEXT(false, TextCommands::receiveText, List.of(
            "Receives a string of text on a channel. Most channels do not support the reception of text. Returns <literal>-1</literal> for failure or <literal>1</literal> for success, and the string in parenthesis."),
            "receive", "text"),
    RECORD_FILE(false, null, List.of(), "record", "file"),
    SAY_ALPHA(false, null, List.of(), "say", "alpha"),
    SAY_DIGITS(false, PlaybackCommands::sayDigits, List.of(
            "Say a given digit string, returning early if any of the given DTMF digits are received on the channel. Returns <literal>0</literal> if playback completes without a digit being pressed, or the ASCII numerical value of the digit if one was pressed or <literal>-1</literal> on error/hangup."),
            "say", "digits"),
    SAY_NUMBER(false, PlaybackCommands::sayNumber, List.of(
            "Say a given number, returning early if any of the given DTMF digits are received on the channel.  Returns <literal>0</literal> if playback completes without a digit being pressed, or the ASCII numerical value of the digit if one was pressed or <literal>-1</literal> on error/hangup."),
            "say", "number"),
    SAY_PHONETIC(false, null, List.of(), "say", "phonetic"),
    SAY_DATE(false, null, List.of(), "say", "date"),
    SAY_TIME(false, null, List.of(), "say", "time"),
    SAY_DATETIME(false, null, List.of(), "say", "datetime"),
    SEND_IMAGE(false, null, List.of(), "send", "image"),
    SEND_TEXT(false, TextCommands::sendText, List.of(
            "Sends the given text on a channel. Most channels do not support the transmission of text. Returns <literal>0</literal> if text is sent, or if the channel does not support text transmission. Returns <literal>-1</literal> only on error/hangup."),
            "send", "text"),
    SET_AUTOHANGUP(false, null, List.of(), "set", "autohangup"),
    SET_CALLERID(false, null, List.of(), "set", "callerid"),
    SET_CONTEXT(false, ChannelCommands::setContext, List.of(
            "Sets the context for continuation upon exiting the application."),
            "set", "context"),
    SET_EXTENSION(false, ChannelCommands::setExtension, List.of(
            "Changes the extension for continuation upon exiting the application."),
            "set", "extension"),
    SET_MUSIC(false, null, List.of(), "set", "music"),
    SET_PRIORITY(false, ChannelCommands::setPriority, List.of(
            "Changes the priority for continuation upon exiting the application. The priority must be a valid priority or label."),
            "set", "priority"),
    SET_VARIABLE(true, ChannelCommands::setVariable, List.of(
            "Sets a variable to the current channel."),
            "set", "variable"),
    STREAM_FILE(false, PlaybackCommands::streamFile, List.of(
            "Send the given file, allowing playback to be interrupted by the given digits, if any. Returns <literal>0</literal> if playback completes without a digit being pressed, or the ASCII numerical value of the digit if one was pressed, or <literal>-1</literal> on error or if the channel was disconnected. If musiconhold is playing before calling stream file it will be automatically stopped and will not be restarted after completion."),
            "stream", "file"),
    CONTROL_STREAM_FILE(false, PlaybackCommands::controlStreamFile, List.of(
            "Send the given file, allowing playback to be controlled by the given digits, if any. Use double quotes for the digits if you wish none to be permitted. Returns <literal>0</literal> if playback completes without a digit being pressed, or the ASCII numerical value of the digit if one was pressed, or <literal>-1</literal> on error or if the channel was disconnected."),
            "control", "stream", "file"),
    TDD_MODE(false, TextCommands::tddMode, List.of(
            "Enable/Disable TDD transmission/reception on a channel. Returns <literal>1</literal> if successful, or <literal>0</literal> if channel is not TDD-capable."),
            "tdd", "mode"),
    VERBOSE(true, ChannelCommands::verbose, List.of(
            "Sends <replaceable>message</replaceable> to the console via verbose message system. <replaceable>level</replaceable> is the verbose level (1-4). Always returns <literal>1</literal>"),
            "verbose"),
    WAIT_FOR_DIGIT(false, InputCommands::waitForDigit, List.of(
            "Waits up to <replaceable>timeout</replaceable> milliseconds for channel to receive a DTMF digit. Returns <literal>-1</literal> on channel failure, <literal>0</literal> if no digit is received in the timeout, or the numerical value of the ascii of the digit if one is received. Use <literal>-1</literal> for the <replaceable>timeout</replaceable> value if you desire the call to block indefinitely."),
            "wait", "for", "digit"),
    SPEECH_CREATE(false, null, List.of(), "speech", "create"),
    SPEECH_SET(false, null, List.of(), "speech", "set"),
    SPEECH_DESTROY(true, null, List.of(), "speech", "destroy"),
    SPEECH_LOAD_GRAMMAR(false, null, List.of(), "speech", "load", "grammar"),
    SPEECH_UNLOAD_GRAMMAR(true, null, List.of(), "speech", "unload", "grammar"),
    SPEECH_ACTIVATE_GRAMMAR(false, null, List.of(), "speech", "activate", "grammar"),
    SPEECH_DEACTIVATE_GRAMMAR(false, null, List.of(), "speech", "deactivate", "grammar"),
    SPEECH_RECOGNIZE(false, null, List.of(), "speech", "recognize"),
    GOSUB(false, null, List.of(), "gosub");

    private final boolean runsOnDeadChannel;
    private final CommandHandler handler;
    private final List<String> usage;
    private final String[] words;

    CommandTable(boolean runsOnDeadChannel, CommandHandler handler, List<String> usage, String... words) {
        this.runsOnDeadChannel = runsOnDeadChannel;
        this.handler = handler;
        this.usage = usage;
        this.words = words;
    }

    /**
     * The command a line names, matched like res_agi.c's {@code find_command}: every word of the
     * command name, case-insensitively, at the start of the line; further words are arguments.
     */
    static CommandTable find(AgiCommand command) {
        for (CommandTable candidate : values()) {
            if (candidate.matches(command)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether res_agi.c lets it run after the hang-up notice (else {@code 511}). */
    boolean runsOnDeadChannel() {
        return runsOnDeadChannel;
    }

    boolean isSimulated() {
        return handler != null;
    }

    CommandHandler handler() {
        return handler;
    }

    List<String> usage() {
        return usage;
    }

    String commandName() {
        return String.join(" ", words).toUpperCase(java.util.Locale.ROOT);
    }

    private boolean matches(AgiCommand command) {
        if (command.argc() < words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!equalsIgnoringAsciiCase(words[i], command.word(i))) {
                return false;
            }
        }
        return true;
    }

    /** C's strcasecmp: only ASCII letters fold. */
    private static boolean equalsIgnoringAsciiCase(String name, String word) {
        if (name.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char w = word.charAt(i);
            if (w >= 'A' && w <= 'Z') {
                w = (char) (w + ('a' - 'A'));
            }
            if (name.charAt(i) != w) {
                return false;
            }
        }
        return true;
    }
}
