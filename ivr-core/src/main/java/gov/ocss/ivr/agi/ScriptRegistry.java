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

    /** Replaced whole on registration (at start-up), so every call can look it up without a lock. */
    private volatile Map<String, AgiScript> scripts = Map.of();

    public synchronized ScriptRegistry register(String name, AgiScript script) {
        if (scripts.containsKey(name)) {
            throw new IllegalStateException("an AGI script named '" + name + "' is already registered");
        }
        Map<String, AgiScript> more = new LinkedHashMap<>(scripts);
        more.put(name, script);
        scripts = Collections.unmodifiableMap(more);
        return this;
    }

    public Set<String> names() {
        return scripts.keySet();
    }

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        String name = request.getScript();
        AgiScript script = name == null ? null : scripts.get(name);
        if (script == null) {
            log.warn("No AGI script named '{}'; Asterisk is told NOT_FOUND", UntrustedText.printable(name, 40));
        }
        return script;
    }
}
