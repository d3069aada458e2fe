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
 * Shapes Bengali text into positioned glyphs with the JDK's own text layout (HarfBuzz, inside every
 * JDK since 9): conjuncts, reph, pre-base vowel signs moved before the whole cluster, two-part vowels,
 * and mark positioning from the font's GPOS. PDFBox 3.0's own Bengali GSUB support moves a pre-base
 * vowel sign before one glyph only ("তথ্যের" comes out wrong) and has no mark positioning, so the
 * letters draw these glyphs themselves; PDFBox only embeds them.
 *
 * <p>Thread-safe: {@link Font} is immutable.
 */
final class BengaliShaper {
    /** Layout at 1000 points gives positions in thousandths of an em, PDF's text space units. */
    private static final float EM = 1000f;
    private static final FontRenderContext EXACT = new FontRenderContext(null, false, true);

    /** Glyph ids of the font, each at an offset from the run's start in thousandths of an em (y downwards). */
    record Shaped(int[] glyphs, float[] x, float[] y, float advance) {
    }

    private final Font font;

    BengaliShaper(byte[] trueType) {
        try {
            this.font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(trueType)).deriveFont(EM);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the Bengali font cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Shaped shape(String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(EXACT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] glyphs = new int[count];
        float[] x = new float[count];
        float[] y = new float[count];
        for (int i = 0; i < count; i++) {
            glyphs[i] = vector.getGlyphCode(i);
            Point2D position = vector.getGlyphPosition(i);
            x[i] = (float) position.getX();
            y[i] = (float) position.getY();
        }
        return new Shaped(glyphs, x, y, (float) vector.getGlyphPosition(count).getX());
    }
}
