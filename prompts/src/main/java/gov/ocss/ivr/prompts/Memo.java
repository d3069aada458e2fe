package gov.ocss.ivr.prompts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results kept by their input, for work whose inputs repeat (the words of numbers, the dates of the
 * last weeks, the sentences of menus) and which is costly enough to show in a profile under load.
 * Bounded: past {@code most} entries new results are made and not kept, so an input that changes on
 * every call can never grow it without end. Thread-safe; {@code make} must give the same result for
 * the same input and may run twice for it.
 */
public final class Memo<K, V> {
    private final Map<K, V> kept = new ConcurrentHashMap<>();
    private final int most;
    private final Function<K, V> make;

    public Memo(int most, Function<K, V> make) {
        this.most = most;
        this.make = make;
    }

    public V get(K input) {
        V known = kept.get(input);
        if (known != null) {
            return known;
        }
        V made = make.apply(input);
        if (kept.size() < most) {
            kept.putIfAbsent(input, made);
        }
        return made;
    }
}
