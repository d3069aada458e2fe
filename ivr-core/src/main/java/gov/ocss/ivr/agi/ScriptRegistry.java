package gov.ocss.ivr.agi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;

/**
 * The AGI scripts the dialplan may call, by name ({@code agi://host/helpline?lang=bn} runs
 * {@code helpline}). Registering a name twice is a programming error, caught at start-up.
 * An unknown name finds no script: Asterisk-Java then sets {@code AJ_AGISTATUS=NOT_FOUND}.
 */
public final class ScriptRegistry implements MappingStrategy {
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
        String script = request.getScript();
        return script == null ? null : scripts.get(script);
    }
}
