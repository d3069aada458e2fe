package gov.ocss.ivr.remail.letter;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Shapes text into positioned glyphs with the JDK's own text layout (HarfBuzz, inside every JDK since 9).
 * For Bengali that is conjuncts, reph, pre-base vowel signs moved before the whole cluster, two-part
 * vowels and mark positioning from the font's GPOS. PDFBox 3.0's own Bengali support moves a pre-base
 * vowel sign before one glyph only ("তথ্যের" comes out wrong) and has no mark positioning; for Latin
 * text it rebuilds a regular expression of the font's whole GSUB table for every string it shows, which
 * made a letter cost 40 ms. So the letters draw shaped glyphs by id, and PDFBox only embeds them.
 *
 * <p>Thread-safe: {@link Font} is immutable.
 */
final class Shaper {
    /** Layout at 1000 points gives positions in thousandths of an em, PDF's text space units. */
    private static final float EM = 1000f;
    private static final FontRenderContext EXACT = new FontRenderContext(null, false, true);

    /**
     * Glyph ids of the font, each at an offset from the run's start and with its own advance width, in
     * thousandths of an em (y downwards); {@code advance} is the whole run's.
     */
    record Shaped(int[] glyphs, float[] x, float[] y, float[] widths, float advance) {
    }

    private final Font font;

    Shaper(byte[] trueType) {
        try {
            this.font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(trueType)).deriveFont(EM);
        } catch (FontFormatException e) {
            throw new IllegalStateException("a letter font cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the font has a glyph for the character. */
    boolean canDisplay(int codePoint) {
        return font.canDisplay(codePoint);
    }

    Shaped shape(String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(EXACT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] glyphs = new int[count];
        float[] x = new float[count];
        float[] y = new float[count];
        float[] widths = new float[count];
        for (int i = 0; i < count; i++) {
            widths[i] = vector.getGlyphMetrics(i).getAdvanceX();
            glyphs[i] = vector.getGlyphCode(i);
            Point2D position = vector.getGlyphPosition(i);
            x[i] = (float) position.getX();
            y[i] = (float) position.getY();
        }
        return new Shaped(glyphs, x, y, widths, (float) vector.getGlyphPosition(count).getX());
    }
}
