package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the dialplan knows when it runs {@code AGI(agi://host:port/script?query,arg1,arg2)} for a
 * call: the script and its query string, the dialplan arguments, the channel and its caller id.
 * Defaults are those of the recorded sessions in {@code shared/asterisk-agi/} where the recording
 * shows them (caller id {@code unknown} with presentation 67, language {@code en}, version
 * {@code GIT-master-f0c1c1a7b7}, empty account code); the unique id, thread id and channel name
 * are made up per call by the simulator unless given.
 */
public final class CallSetup {
    /** The version string of the Asterisk the sessions were recorded from. */
    public static final String RECORDED_ASTERISK_VERSION = "GIT-master-f0c1c1a7b7";
    /** Asterisk's caller presentation when no caller id is known (AST_PRES_UNAVAILABLE, as recorded). */
    static final int PRESENTATION_UNAVAILABLE = 67;

    private final String script;
    private final String query;
    private final List<String> args;
    private final String callerIdNumber;
    private final String callerIdName;
    private final Integer callingPresentation;
    private final String channel;
    private final String uniqueId;
    private final String language;
    private final String context;
    private final String extension;
    private final int priority;
    private final String dnid;
    private final String rdnis;
    private final String accountCode;
    private final String asteriskVersion;
    private final Long threadId;
    private final String dialplanAddress;
    private final Map<String, String> variables;

    private CallSetup(Builder b) {
        this.script = b.script;
        this.query = b.query;
        this.args = List.copyOf(b.args);
        this.callerIdNumber = b.callerIdNumber;
        this.callerIdName = b.callerIdName;
        this.callingPresentation = b.callingPresentation;
        this.channel = b.channel;
        this.uniqueId = b.uniqueId;
        this.language = b.language;
        this.context = b.context;
        this.extension = b.extension;
        this.priority = b.priority;
        this.dnid = b.dnid;
        this.rdnis = b.rdnis;
        this.accountCode = b.accountCode;
        this.asteriskVersion = b.asteriskVersion;
        this.threadId = b.threadId;
        this.dialplanAddress = b.dialplanAddress;
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(b.variables));
    }

    /** Starts the set-up of a call that runs the given AGI script (e.g. {@code helpline}). */
    public static Builder forScript(String script) {
        return new Builder(script);
    }

    public String script() {
        return script;
    }

    public Optional<String> query() {
        return Optional.ofNullable(query);
    }

    /** What Asterisk sends as {@code agi_network_script}: the script name and its query string. */
    public String networkScript() {
        return query == null ? script : script + "?" + query;
    }

    /** What Asterisk sends as {@code agi_request}: the whole URL from the dialplan. */
    public String requestUrl(String connectedHostAndPort) {
        return "agi://" + dialplanAddress().orElse(connectedHostAndPort) + "/" + networkScript();
    }

    public List<String> args() {
        return args;
    }

    /** {@code unknown} when the caller sent no number, as Asterisk prints it. */
    public String callerIdNumber() {
        return callerIdNumber == null ? "unknown" : callerIdNumber;
    }

    public String callerIdName() {
        return callerIdName == null ? "unknown" : callerIdName;
    }

    Optional<String> knownCallerIdNumber() {
        return Optional.ofNullable(callerIdNumber);
    }

    Optional<String> knownCallerIdName() {
        return Optional.ofNullable(callerIdName);
    }

    /** 0 (allowed) when a number came with the call, 67 (unavailable) otherwise, as recorded. */
    public int callingPresentation() {
        if (callingPresentation != null) {
            return callingPresentation;
        }
        return callerIdNumber == null ? PRESENTATION_UNAVAILABLE : 0;
    }

    public Optional<String> channel() {
        return Optional.ofNullable(channel);
    }

    public Optional<String> uniqueId() {
        return Optional.ofNullable(uniqueId);
    }

    public String language() {
        return language;
    }

    public String context() {
        return context;
    }

    public String extension() {
        return extension;
    }

    public int priority() {
        return priority;
    }

    public String dnid() {
        return dnid;
    }

    public String rdnis() {
        return rdnis;
    }

    public String accountCode() {
        return accountCode;
    }

    public String asteriskVersion() {
        return asteriskVersion;
    }

    public OptionalLong threadId() {
        return threadId == null ? OptionalLong.empty() : OptionalLong.of(threadId);
    }

    /** The {@code host:port} the dialplan's AGI URL names, when it differs from where we connect. */
    public Optional<String> dialplanAddress() {
        return Optional.ofNullable(dialplanAddress);
    }

    /** Channel variables the dialplan set before running AGI. */
    public Map<String, String> variables() {
        return variables;
    }

    public static final class Builder {
        private final String script;
        private String query;
        private final List<String> args = new ArrayList<>();
        private String callerIdNumber;
        private String callerIdName;
        private Integer callingPresentation;
        private String channel;
        private String uniqueId;
        private String language = "en";
        private String context = "default";
        private String extension = "s";
        private int priority = 1;
        private String dnid = "unknown";
        private String rdnis = "unknown";
        private String accountCode = "";
        private String asteriskVersion = RECORDED_ASTERISK_VERSION;
        private Long threadId;
        private String dialplanAddress;
        private final Map<String, String> variables = new LinkedHashMap<>();

        private Builder(String script) {
            this.script = oneLine("script", script);
            if (script.isEmpty() || script.contains("?")) {
                throw new IllegalArgumentException("the script is a name such as 'helpline'; give the query separately");
            }
        }

        /** The query string of the AGI URL, without the {@code ?} (e.g. {@code lang=bn&line=help}). */
        public Builder query(String query) {
            String q = oneLine("query", query);
            this.query = q.startsWith("?") ? q.substring(1) : q;
            return this;
        }

        /** Dialplan arguments, sent as {@code agi_arg_1..N}; spaces are kept. */
        public Builder args(String... args) {
            for (String arg : args) {
                this.args.add(oneLine("argument", arg));
            }
            return this;
        }

        public Builder callerId(String number, String name) {
            this.callerIdNumber = oneLine("caller id number", number);
            this.callerIdName = oneLine("caller id name", name);
            return this;
        }

        public Builder callerIdNumber(String number) {
            this.callerIdNumber = oneLine("caller id number", number);
            return this;
        }

        public Builder callingPresentation(int presentation) {
            this.callingPresentation = presentation;
            return this;
        }

        /** Channel name, e.g. {@code PJSIP/carrier-0000002a}; {@code agi_type} is the part before the slash. */
        public Builder channel(String channel) {
            this.channel = oneLine("channel", channel);
            return this;
        }

        public Builder uniqueId(String uniqueId) {
            this.uniqueId = oneLine("unique id", uniqueId);
            return this;
        }

        public Builder language(String language) {
            this.language = oneLine("language", language);
            return this;
        }

        public Builder context(String context) {
            this.context = oneLine("context", context);
            return this;
        }

        public Builder extension(String extension) {
            this.extension = oneLine("extension", extension);
            return this;
        }

        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        public Builder dnid(String dnid) {
            this.dnid = oneLine("dnid", dnid);
            return this;
        }

        public Builder rdnis(String rdnis) {
            this.rdnis = oneLine("rdnis", rdnis);
            return this;
        }

        public Builder accountCode(String accountCode) {
            this.accountCode = oneLine("account code", accountCode);
            return this;
        }

        public Builder asteriskVersion(String version) {
            this.asteriskVersion = oneLine("version", version);
            return this;
        }

        public Builder threadId(long threadId) {
            this.threadId = threadId;
            return this;
        }

        /**
         * The {@code host:port} written in the dialplan's AGI URL, e.g. {@code 127.0.0.1:4599}, for
         * {@code agi_request}; by default the address the simulator connects to.
         */
        public Builder dialplanAddress(String hostAndPort) {
            this.dialplanAddress = oneLine("dialplan address", hostAndPort);
            return this;
        }

        public Builder variable(String name, String value) {
            variables.put(oneLine("variable name", name), oneLine("variable value", value));
            return this;
        }

        public CallSetup build() {
            return new CallSetup(this);
        }

        // A newline would end the environment line early: no real channel carries one.
        private static String oneLine(String what, String value) {
            Objects.requireNonNull(value, what);
            if (value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a " + what + " cannot contain a newline");
            }
            return value;
        }
    }
}
