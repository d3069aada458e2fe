package gov.ocss.ivr.agi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AGI scripts the dialplan may call, by name ({@code agi://host/helpline?lang=bn} runs
 * {@code helpline}). Registering a name twice is a programming error, caught at start-up.
 * An unknown name finds no script: Asterisk-Java then sets {@code AJ_AGISTATUS=NOT_FOUND}.
 */
public final class ScriptRegistry implements MappingStrategy {
    private static final Logger log = LoggerFactory.getLogger(ScriptRegistry.class);

    private final Map<String, AgiScript> scripts = new LinkedHashMap<>();

    public synchronized ScriptRegistry register(String name, AgiScript script) {
        if (scripts.putIfAbsent(name, script) != null) {
            throw new IllegalStateException("an AGI script named '" + name + "' is already registered");
        }
        return this;
    }

    public synchronized Set<String> names() {
        return Collections.unmodifiableSet(new LinkedHashMap<>(scripts).keySet());
    }

    @Override
    public synchronized AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        String name = request.getScript();
        AgiScript script = name == null ? null : scripts.get(name);
        if (script == null) {
            // The name comes from the caller's side of the wire: cut it short before it reaches a log.
            String shown = name == null ? "(none)" : name.length() > 40 ? name.substring(0, 40) + "..." : name;
            log.warn("No AGI script named '{}'; Asterisk is told NOT_FOUND", shown.replaceAll("[^\\x20-\\x7e]", "?"));
        }
        return script;
    }
}
