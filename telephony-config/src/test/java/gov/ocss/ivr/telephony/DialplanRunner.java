package gov.ocss.ivr.telephony;

import gov.ocss.ivr.telephony.Dialplan.Step;
import gov.ocss.ivr.telephony.Dialplan.Target;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs one call through the dialplan the way Asterisk's PBX core would, for the applications and
 * functions the line's dialplan uses, so that a test can say what a caller hears and where they
 * end up when the server asks for an agent, says goodbye, or cannot be reached. Variables and
 * {@code $[...]} expressions are substituted in an application's arguments before it runs;
 * GotoIf and GotoIfTime split at the first {@code ?} and {@code :}; ExecIf splits its applications
 * outside parentheses; an extension that runs out of steps ends the call (autofallthrough). A
 * variable is the channel's if the channel has it, else the global one; the channel is a PJSIP one (the
 * carrier's trunk) unless a test says otherwise, and may start with variables of its own, as an
 * endpoint's {@code set_var} gives them.
 * Anything it does not know (an application, a function) fails the test rather than being guessed.
 */
final class DialplanRunner {

    /** What Asterisk sent the FastAGI server. */
    record AgiRequest(String url, List<String> arguments, Map<String, String> environment) {
        /** The script name: the path of the URL without its query string. */
        String script() {
            String afterHost = url.replaceFirst("^h?agi://[^/]*/", "");
            int query = afterHost.indexOf('?');
            return query < 0 ? afterHost : afterHost.substring(0, query);
        }
    }

    /** How the AGI ended (AGISTATUS: SUCCESS, FAILURE, NOTFOUND, HANGUP) and what the server set. */
    record AgiResult(String status, Map<String, String> variables) {
    }

    /** One application the call ran, with its arguments after substitution. */
    record Event(String application, String data) {
        @Override
        public String toString() {
            return application + "(" + data + ")";
        }
    }

    /** A call put in a queue: the queue, its options, and the caller's channel as the agent gets it. */
    record Queued(String queue, String options, String timeout, String callerIdName, Map<String, String> inherited) {
    }

    private final Dialplan plan;
    private ZonedDateTime now = ZonedDateTime.of(2026, 11, 17, 10, 0, 0, 0, ZoneId.of("America/New_York"));
    private Function<AgiRequest, AgiResult> server = request -> new AgiResult("FAILURE", Map.of());
    private Function<Queued, String> agents = queued -> "ANSWERED";
    private final Map<String, String> database = new HashMap<>();
    private String callerNumber = "7185551234";
    private String callerName = "Test Caller";
    private String channelType = "PJSIP";
    private final Map<String, String> channelVariables = new HashMap<>();

    DialplanRunner(Dialplan plan) {
        this.plan = plan;
    }

    DialplanRunner at(ZonedDateTime time) {
        this.now = time;
        return this;
    }

    DialplanRunner server(Function<AgiRequest, AgiResult> server) {
        this.server = server;
        return this;
    }

    /** What becomes of a queued caller: ANSWERED (an agent took the call), or a QUEUESTATUS such as TIMEOUT. */
    DialplanRunner agents(Function<Queued, String> agents) {
        this.agents = agents;
        return this;
    }

    DialplanRunner database(String familyAndKey, String value) {
        database.put(familyAndKey, value);
        return this;
    }

    /** The channel driver of the caller's channel, as CHANNEL(channeltype) names it: PJSIP, DAHDI, Local... */
    DialplanRunner channel(String type) {
        this.channelType = type;
        return this;
    }

    /**
     * A variable the channel has from the start: chan_pjsip sets each {@code set_var=NAME=value} of the
     * endpoint on every channel it makes (chan_pjsip_new), and a channel's variable hides a global one.
     */
    DialplanRunner channelVariable(String name, String value) {
        channelVariables.put(name, value);
        return this;
    }

    DialplanRunner callerId(String number, String name) {
        this.callerNumber = number;
        this.callerName = name;
        return this;
    }

    /** A call for {@code dialled} arriving in {@code context}. */
    Call call(String context, String dialled) {
        Call call = new Call(dialled);
        call.run(context);
        return call;
    }

    final class Call {
        private final List<Event> events = new ArrayList<>();
        private final List<AgiRequest> agi = new ArrayList<>();
        private final List<Queued> queued = new ArrayList<>();
        private final Map<String, String> variables = new HashMap<>();
        private final Set<String> inherited = new HashSet<>();
        private final Map<String, String> party = new HashMap<>();
        private final Deque<String[]> stack = new ArrayDeque<>();
        private String context;
        private String extension;
        private int priority;
        private final String dialled;
        private String exten;
        private boolean ended;

        private Call(String dialled) {
            this.dialled = dialled;
            party.put("num", callerNumber);
            party.put("name", callerName);
            party.put("dnid", dialled);
            party.put("from-num", "");
            variables.putAll(channelVariables);
        }

        List<Event> events() {
            return List.copyOf(events);
        }

        List<Event> events(String application) {
            return events.stream().filter(e -> e.application().equalsIgnoreCase(application)).toList();
        }

        /** Every sound file played, in order. */
        List<String> played() {
            List<String> files = new ArrayList<>();
            for (Event event : events("Playback")) {
                files.addAll(List.of(event.data().split(",")[0].split("&")));
            }
            return files;
        }

        /** Everything sent as text, in order, one SendText a string. */
        List<String> texts() {
            return events("SendText").stream().map(Event::data).toList();
        }

        List<AgiRequest> agi() {
            return List.copyOf(agi);
        }

        List<Queued> queued() {
            return List.copyOf(queued);
        }

        Optional<String> variable(String name) {
            return Optional.ofNullable(variables.get(name));
        }

        String callerId(String field) {
            return party.get(field);
        }

        private void run(String startContext) {
            Step entry = plan.entry(startContext, dialled)
                    .orElseThrow(() -> new AssertionError("nothing in [" + startContext + "] answers " + dialled));
            jump(entry.context(), entry.extension(), entry.priority());
            for (int steps = 0; !ended; steps++) {
                if (steps > 2_000) {
                    throw new AssertionError("the call loops: " + events);
                }
                Optional<Step> step = plan.context(context).step(extension, priority);
                if (step.isEmpty()) {
                    events.add(new Event("(end of extension)", context + "," + extension + "," + priority));
                    ended = true;
                    break;
                }
                priority++;
                execute(step.get().application(), substitute(step.get().arguments()), step.get());
            }
        }

        private void jump(String toContext, String toExtension, int toPriority) {
            context = toContext;
            extension = toExtension;
            priority = toPriority;
            // EXTEN is the number dialled while a pattern matches it, else the extension itself.
            exten = toExtension.startsWith("_") ? dialled : toExtension;
        }

        private void go(String where, Step from) {
            Target target = Target.parse(where, from.context(), from.extension());
            Step step = plan.find(target).orElseThrow(() -> new AssertionError(from.where() + ": no such place " + where));
            jump(step.context(), step.extension(), step.priority());
        }

        private void execute(String application, String data, Step step) {
            events.add(new Event(application, data));
            switch (application.toLowerCase(Locale.ROOT)) {
                case "noop", "answer", "wait", "log", "playback", "sendtext" -> {
                }
                case "hangup" -> ended = true;
                case "set" -> set(data, step);
                case "goto" -> go(data, step);
                case "gotoif" -> {
                    String[] parts = data.split("\\?", 2);
                    String[] branches = parts.length > 1 ? parts[1].split(":", 2) : new String[] {""};
                    String branch = Expression.isTrue(parts[0]) ? branches[0] : branches.length > 1 ? branches[1] : "";
                    if (!branch.isBlank()) {
                        go(branch, step);
                    }
                }
                case "gotoiftime" -> {
                    String[] parts = data.split("\\?", 2);
                    String[] branches = parts.length > 1 ? parts[1].split(":", 2) : new String[] {""};
                    boolean inside = TimeSpec.parse(parts[0], ZoneId.of("UTC")).includes(now);
                    String branch = inside ? branches[0] : branches.length > 1 ? branches[1] : "";
                    if (!branch.isBlank()) {
                        go(branch, step);
                    }
                }
                case "gosub" -> {
                    stack.push(new String[] {context, extension, String.valueOf(priority)});
                    List<String> arguments = Target.arguments(data);
                    for (int i = 0; i < arguments.size(); i++) {
                        variables.put("ARG" + (i + 1), arguments.get(i));
                    }
                    go(data, step);
                }
                case "return" -> {
                    if (stack.isEmpty()) {
                        throw new AssertionError(step.where() + ": Return without Gosub");
                    }
                    String[] back = stack.pop();
                    variables.put("GOSUB_RETVAL", data);
                    jump(back[0], back[1], Integer.parseInt(back[2]));
                }
                case "execif" -> execIf(data, step);
                case "agi" -> agi(data);
                case "queue" -> queue(data);
                default -> throw new AssertionError(step.where() + ": the runner does not know " + application);
            }
        }

        private void execIf(String data, Step step) {
            int question = data.indexOf('?');
            int comma = data.indexOf(',');
            if (question < 0 || comma >= 0 && comma < question) {
                throw new AssertionError(step.where() + ": ExecIf in its deprecated form: " + data);
            }
            List<String> applications = splitOutsideParentheses(data.substring(question + 1), ':');
            String chosen = Expression.isTrue(data.substring(0, question)) ? applications.get(0)
                    : applications.size() > 1 ? applications.get(1) : "";
            if (chosen.isBlank()) {
                return;
            }
            int open = chosen.indexOf('(');
            int close = chosen.lastIndexOf(')');
            String name = open < 0 ? chosen : chosen.substring(0, open);
            String arguments = open < 0 ? "" : chosen.substring(open + 1, close < 0 ? chosen.length() : close);
            execute(name.strip(), arguments, step);
        }

        private void agi(String data) {
            List<String> arguments = new ArrayList<>(List.of(data.split(",", -1)));
            String url = arguments.remove(0);
            Map<String, String> environment = new HashMap<>();
            environment.put("agi_callerid", party.get("num").isEmpty() ? "unknown" : party.get("num"));
            environment.put("agi_calleridname", party.get("name").isEmpty() ? "unknown" : party.get("name"));
            environment.put("agi_dnid", party.get("dnid"));
            environment.put("agi_rdnis", party.get("from-num").isEmpty() ? "unknown" : party.get("from-num"));
            environment.put("agi_context", context);
            environment.put("agi_extension", extension);
            AgiRequest request = new AgiRequest(url, List.copyOf(arguments), environment);
            agi.add(request);
            AgiResult result = server.apply(request);
            variables.putAll(result.variables());
            variables.put("AGISTATUS", result.status());
            if (result.status().equals("HANGUP")) {
                ended = true;
            }
        }

        private void queue(String data) {
            String[] arguments = data.split(",", -1);
            Map<String, String> channel = new HashMap<>();
            inherited.forEach(name -> channel.put(name, variables.getOrDefault(name, "")));
            Queued entry = new Queued(arguments[0], arguments.length > 1 ? arguments[1] : "",
                    arguments.length > 4 ? arguments[4] : "", party.get("name"), Map.copyOf(channel));
            queued.add(entry);
            String status = agents.apply(entry);
            if (status.equals("ANSWERED")) {
                ended = true;
            } else {
                variables.put("QUEUESTATUS", status);
            }
        }

        private void set(String data, Step step) {
            int equals = data.indexOf('=');
            if (equals < 0) {
                throw new AssertionError(step.where() + ": Set without =: " + data);
            }
            String name = data.substring(0, equals).strip();
            String value = data.substring(equals + 1);
            int open = name.indexOf('(');
            if (open >= 0) {
                String function = name.substring(0, open).toUpperCase(Locale.ROOT);
                String argument = name.substring(open + 1, name.length() - 1);
                switch (function + "(" + argument + ")") {
                    case "CALLERID(num)", "CALLERID(name)", "CALLERID(dnid)", "REDIRECTING(from-num)" -> party.put(argument, value);
                    case "CDR(userfield)", "CHANNEL(language)" -> variables.put(function + "(" + argument + ")", value);
                    default -> throw new AssertionError(step.where() + ": the runner cannot set " + name);
                }
                return;
            }
            String bare = name.replaceFirst("^_{1,2}", "");
            if (!bare.equals(name)) {
                inherited.add(bare);
            }
            variables.put(bare, value);
        }

        /** Replaces ${...} and $[...] as Asterisk does, innermost first. */
        String substitute(String text) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.startsWith("${", i) || text.startsWith("$[", i)) {
                    boolean expression = text.charAt(i + 1) == '[';
                    char open = expression ? '[' : '{';
                    char close = expression ? ']' : '}';
                    int depth = 1;
                    int j = i + 2;
                    for (; j < text.length() && depth > 0; j++) {
                        if (text.charAt(j) == open) {
                            depth++;
                        } else if (text.charAt(j) == close) {
                            depth--;
                        }
                    }
                    if (depth > 0) {
                        throw new AssertionError("unclosed " + text.substring(i, i + 2) + " in " + text);
                    }
                    String inner = substitute(text.substring(i + 2, j - 1));
                    out.append(expression ? Expression.evaluate(inner) : value(inner));
                    i = j;
                } else {
                    out.append(text.charAt(i++));
                }
            }
            return out.toString();
        }

        private String value(String reference) {
            // NAME, NAME:offset:length, FUNCTION(arguments), FUNCTION(arguments):offset:length
            int depth = 0;
            int colon = -1;
            for (int i = 0; i < reference.length() && colon < 0; i++) {
                char c = reference.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ':' && depth == 0) {
                    colon = i;
                }
            }
            String name = colon < 0 ? reference : reference.substring(0, colon);
            String value = name.contains("(") ? function(name) : lookUp(name);
            if (colon >= 0) {
                String[] range = reference.substring(colon + 1).split(":");
                int offset = Integer.parseInt(range[0].strip());
                int start = Math.min(value.length(), offset < 0 ? Math.max(0, value.length() + offset) : offset);
                int end = range.length > 1 ? Math.min(value.length(), start + Integer.parseInt(range[1].strip())) : value.length();
                value = value.substring(start, Math.max(start, end));
            }
            return value;
        }

        private String lookUp(String name) {
            return switch (name) {
                case "EXTEN" -> exten;
                case "CONTEXT" -> context;
                case "UNIQUEID" -> "1795423330.5";
                default -> variables.getOrDefault(name, plan.globals().getOrDefault(name, ""));
            };
        }

        private String function(String call) {
            int open = call.indexOf('(');
            String name = call.substring(0, open).toUpperCase(Locale.ROOT);
            String arguments = call.substring(open + 1, call.lastIndexOf(')'));
            return switch (name) {
                case "CALLERID" -> {
                    if (!party.containsKey(arguments) || arguments.equals("from-num")) {
                        throw new AssertionError("the runner does not know CALLERID(" + arguments + ")");
                    }
                    yield party.get(arguments);
                }
                case "REDIRECTING" -> {
                    if (!arguments.equals("from-num")) {
                        throw new AssertionError("the runner does not know REDIRECTING(" + arguments + ")");
                    }
                    yield party.get("from-num");
                }
                case "FILTER" -> {
                    int comma = arguments.indexOf(',');
                    yield filter(arguments.substring(0, comma), arguments.substring(comma + 1));
                }
                case "IF" -> {
                    String[] condition = arguments.split("\\?", 2);
                    String[] branches = condition.length > 1 ? condition[1].split(":", 2) : new String[] {""};
                    // func_logic strips the blanks around each branch.
                    yield (Expression.isTrue(condition[0]) ? branches[0] : branches.length > 1 ? branches[1] : "").strip();
                }
                case "TOUPPER" -> arguments.toUpperCase(Locale.ROOT);
                case "DB_EXISTS" -> database.containsKey(arguments) ? "1" : "0";
                case "CDR" -> variables.getOrDefault(name + "(" + arguments + ")", "");
                case "CHANNEL" -> switch (arguments) {
                    // func_channel: the type of the channel's driver (its ast_channel_tech's type).
                    case "channeltype" -> channelType;
                    case "language" -> variables.getOrDefault("CHANNEL(language)", "");
                    default -> throw new AssertionError("the runner does not know CHANNEL(" + arguments + ")");
                };
                default -> throw new AssertionError("the runner does not know the function " + name);
            };
        }
    }

    /**
     * FILTER(allowed,string) as func_strings does it: allowed is a list of characters and ranges
     * (a-z), each character possibly written as \xHH.
     */
    static String filter(String allowed, String text) {
        boolean[] keep = new boolean[256];
        int i = 0;
        while (i < allowed.length()) {
            int[] first = encodedChar(allowed, i);
            i = first[1];
            if (i < allowed.length() && allowed.charAt(i) == '-' && i + 1 < allowed.length()) {
                int[] last = encodedChar(allowed, i + 1);
                i = last[1];
                for (int c = first[0]; c <= last[0]; c++) {
                    keep[c] = true;
                }
            } else {
                keep[first[0]] = true;
            }
        }
        StringBuilder kept = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 256 && keep[c]) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int[] encodedChar(String text, int at) {
        if (text.startsWith("\\x", at)) {
            return new int[] {Integer.parseInt(text.substring(at + 2, at + 4), 16), at + 4};
        }
        return new int[] {text.charAt(at) & 0xff, at + 1};
    }

    static List<String> splitOutsideParentheses(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
