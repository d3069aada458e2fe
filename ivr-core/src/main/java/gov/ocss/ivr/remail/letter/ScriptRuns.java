package gov.ocss.ivr.remail.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * A line cut into runs of one script, so each run is set in a font that has its glyphs: Bengali
 * letters, signs, digits and danda in Noto Sans Bengali, everything else in Noto Sans. Spaces and
 * common punctuation, which both fonts have, stay with the run they are in, so a Bengali phrase is
 * shaped whole.
 */
final class ScriptRuns {

    record Run(String text, boolean bengali) {
    }

    private ScriptRuns() {
    }

    static List<Run> of(String line) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean currentBengali = null;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (isNeutral(cp)) {
                current.appendCodePoint(cp);
                continue;
            }
            boolean bengali = isBengali(cp);
            if (currentBengali != null && currentBengali != bengali) {
                runs.add(new Run(current.toString(), currentBengali));
                current.setLength(0);
            }
            currentBengali = bengali;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentBengali != null && currentBengali));
        }
        return runs;
    }

    static boolean hasBengali(String text) {
        return text.codePoints().anyMatch(ScriptRuns::isBengali);
    }

    static boolean isBengali(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.BENGALI
                || cp == 0x0964 || cp == 0x0965      // danda, double danda
                || cp == 0x200C || cp == 0x200D;     // zero-width non-joiner and joiner
    }

    private static boolean isNeutral(int cp) {
        return cp == ' ' || cp == 0x00A0 || ",.:;()?!'\"/-".indexOf(cp) >= 0;
    }
}
