package gov.ocss.ivr.remail.letter;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<PDType0Font, Map<Integer, Boolean>> encodable = new HashMap<>();
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
        PDPageContentStream stream = page.stream();
        float y = SIZE.getHeight() - top;
        float at = x;
        for (ScriptRuns.Run run : ScriptRuns.of(text)) {
            if (run.bengali()) {
                BengaliShaper.Shaped glyphs = LetterFonts.bengaliShaper(bold).shape(run.text());
                page.glyphs(fonts.bengali(bold), size, at, y, glyphs);
                at += glyphs.advance() / 1000 * size;
            } else {
                PDType0Font font = fonts.latin(bold);
                String printable = printable(font, run.text());
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(at, y);
                stream.showText(printable);
                stream.endText();
                at += font.getStringWidth(printable) / 1000 * size;
            }
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
            units += run.bengali() ? LetterFonts.bengaliShaper(bold).shape(run.text()).advance()
                    : fonts.latin(bold).getStringWidth(printable(fonts.latin(bold), run.text()));
        }
        return units / 1000 * size;
    }

    private List<String> wrap(String text, float width, float size, boolean bold) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, size, bold) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with any character the font has no glyph for (a name in another script, say) as "?". */
    private String printable(PDType0Font font, String text) {
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = known.computeIfAbsent(cp, c -> canEncode(font, c));
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }

    private static boolean canEncode(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        page.close();
    }
}
