package gov.ocss.ivr.remail.letter;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes one letter's pages: lines at a place, paragraphs that wrap and flow onto a new page, boxes.
 * Places are measured in points from the top-left corner of a US Letter page, as a layout is drawn;
 * PDF's own origin is the bottom-left. Not thread-safe: one per letter being written.
 */
final class PageWriter implements Closeable {
    static final PDRectangle SIZE = PDRectangle.LETTER;
    /** Text flows down to here, then onto a new page; the footer sits below. */
    static final float BOTTOM = SIZE.getHeight() - 50;
    static final float FOOTER = SIZE.getHeight() - 30;

    interface Footer {
        String text(int pageNumber);
    }

    private final PDDocument document;
    private final LetterFonts fonts;
    private final String languageTag;
    private final Footer footer;
    private TaggedPage page;
    private int pages;
    /** Where the next flowing line's baseline goes. */
    private float cursor;

    PageWriter(PDDocument document, LetterFonts fonts, String languageTag, Footer footer) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.languageTag = languageTag;
        this.footer = footer;
        newPage();
    }

    /** Continues the flow on a new page, under a top margin. */
    void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(SIZE);
        document.addPage(next);
        page = new TaggedPage(document, next);
        pages++;
        cursor = 72;
        line(footer.text(pages), 72, FOOTER, 7.5f, false);
    }

    float cursor() {
        return cursor;
    }

    void moveTo(float top) {
        cursor = top;
    }

    void gap(float points) {
        cursor += points;
    }

    /**
     * One line whose baseline is {@code top} points from the top of the page, starting {@code x} points
     * from the left. Every line carries its text as {@code /ActualText}: the glyphs alone do not say it
     * (shaped Bengali; and PDFBox sets "ffi" in "Office" as one ligature glyph, which readers copy as "ﬃ").
     */
    void line(String text, float x, float top, float size, boolean bold) throws IOException {
        // Latin lines in a Bengali letter are names, addresses and numbers: English as far as a reader can tell.
        page.beginSpan(text, ScriptRuns.hasBengali(text) ? "bn" : "bn".equals(languageTag) ? "en" : languageTag);
        float y = SIZE.getHeight() - top;
        float at = x;
        for (ScriptRuns.Run run : ScriptRuns.of(text)) {
            Shaper shaper = LetterFonts.shaper(run.bengali(), bold);
            Shaper.Shaped glyphs = shaper.shape(printable(shaper, run.text()));
            page.glyphs(fonts.font(run.bengali(), bold), size, at, y, glyphs);
            at += glyphs.advance() / 1000 * size;
        }
        page.endSpan();
    }

    /** One line ending {@code right} points from the left. */
    void lineEndingAt(String text, float right, float top, float size, boolean bold) throws IOException {
        line(text, right - width(text, size, bold), top, size, bold);
    }

    /**
     * A paragraph from the cursor down, wrapped at spaces to {@code width}, each line {@code leading}
     * below the last; a line that would pass the bottom goes onto a new page.
     */
    void paragraph(String text, float x, float width, float size, boolean bold, float leading) throws IOException {
        for (String line : wrap(text, width, size, bold)) {
            if (cursor + leading > BOTTOM) {
                newPage();
            }
            cursor += leading;
            line(line, x, cursor, size, bold);
        }
    }

    /** A rectangle's outline, {@code top} and {@code height} measured downwards. */
    void box(float x, float top, float width, float height) throws IOException {
        PDPageContentStream stream = page.stream();
        stream.setLineWidth(1.2f);
        stream.addRect(x, SIZE.getHeight() - top - height, width, height);
        stream.stroke();
    }

    /** Whether {@code height} more points fit above the bottom; if not, the flow moves to a new page. */
    void keepTogether(float height) throws IOException {
        if (cursor + height > BOTTOM) {
            newPage();
        }
    }

    float width(String text, float size, boolean bold) throws IOException {
        float units = 0;
        for (ScriptRuns.Run run : ScriptRuns.of(text)) {
            Shaper shaper = LetterFonts.shaper(run.bengali(), bold);
            units += shaper.shape(printable(shaper, run.text())).advance();
        }
        return units / 1000 * size;
    }

    /**
     * Greedy wrapping at spaces. Words are measured once each and added up: a space ends every cluster,
     * so a line's width is the sum of its words' and spaces' widths, shaped or not.
     */
    private List<String> wrap(String text, float width, float size, boolean bold) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = width(" ", size, bold);
        for (String word : text.split(" ")) {
            float wordWidth = width(word, size, bold);
            if (line.length() > 0 && lineWidth + space + wordWidth > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (line.length() > 0) {
                line.append(' ');
                lineWidth += space;
            }
            line.append(word);
            lineWidth += wordWidth;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with any character the font has no glyph for (a name in another script, say) as "?". */
    private static String printable(Shaper shaper, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(shaper.canDisplay(cp) ? cp : '?'));
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        page.close();
    }
}
