package gov.ocss.ivr.call;

import gov.ocss.ivr.agi.UntrustedText;
import gov.ocss.ivr.caller.CallerNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asteriskjava.fastagi.AgiRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a call takes from the AGI request, which the caller's side of the wire wrote: the call's
 * id, the number it came from (digits only, see {@link CallerNumber}), the query string's parameters
 * and the dialplan's arguments, each as {@link UntrustedText}.
 * A request too broken to read them from still makes a call: with no parameters or no arguments.
 */
public record RequestValues(String callId, CallerNumber callerNumber, Map<String, String> parameters, List<String> arguments) {
    private static final Logger log = LoggerFactory.getLogger(RequestValues.class);
    private static final int MAX_ID_LENGTH = 40;
    private static final int MAX_NAME_LENGTH = 20;
    private static final int MAX_ARGUMENT_LENGTH = 100;

    public RequestValues {
        parameters = Map.copyOf(parameters);
        arguments = List.copyOf(arguments);
    }

    public static RequestValues of(AgiRequest request) {
        return new RequestValues(UntrustedText.printable(request.getUniqueId(), MAX_ID_LENGTH), callerNumber(request),
                parameters(request), arguments(request));
    }

    private static CallerNumber callerNumber(AgiRequest request) {
        try {
            return CallerNumber.of(request.getCallerIdNumber());
        } catch (RuntimeException e) {
            log.warn("Took the caller id for withheld: it could not be read ({})", e.getClass().getSimpleName());
            return CallerNumber.WITHHELD;
        }
    }

    private static Map<String, String> parameters(AgiRequest request) {
        Map<String, String> parameters = new HashMap<>();
        Map<String, String[]> raw;
        try {
            raw = request.getParameterMap();
        } catch (RuntimeException e) {
            // Asterisk-Java's URL decoding throws at a bad %-escape: the call goes on with the defaults.
            log.warn("Ignored a query string that could not be decoded: {}", e.getClass().getSimpleName());
            return parameters;
        }
        if (raw != null) {
            raw.forEach((name, values) -> {
                if (values != null && values.length > 0 && name.length() <= MAX_NAME_LENGTH) {
                    parameters.put(name, UntrustedText.printable(values[0], MAX_ARGUMENT_LENGTH));
                }
            });
        }
        return parameters;
    }

    private static List<String> arguments(AgiRequest request) {
        List<String> arguments = new ArrayList<>();
        String[] raw;
        try {
            raw = request.getArguments();
        } catch (RuntimeException e) {
            // Asterisk-Java numbers arguments by their agi_arg_N names and throws at a name it cannot read.
            log.warn("Ignored arguments that could not be read: {}", e.getClass().getSimpleName());
            return arguments;
        }
        if (raw != null) {
            for (String argument : raw) {
                arguments.add(UntrustedText.printable(argument, MAX_ARGUMENT_LENGTH));
            }
        }
        return arguments;
    }
}
