package gov.ocss.ivr.remail.letter;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page being drawn, whose runs of shaped glyphs can say what they read as. Shaped Bengali is drawn in
 * visual order with ligature glyphs (a vowel sign before its consonant, one glyph for a conjunct), which
 * no character map can turn back into text; a marked-content span with {@code /ActualText} gives copy and
 * paste, search and screen readers the words as written, and {@code /Lang} their language.
 *
 * <p>Two things PDFBox's content stream cannot write are drawn as placeholders and written in on
 * {@link #close()}, when the page's content is also compressed: a span's inline property list (PDFBox
 * writes only named ones; readers such as Poppler look for {@code /ActualText} only inline), and glyphs
 * shaped outside PDFBox, shown by glyph id.
 */
final class TaggedPage implements Closeable {
    private final PDDocument document;
    private final PDPage page;
    private final PDPageContentStream stream;
    private static final Pattern PLACEHOLDER = Pattern.compile("/Ocss(?:Span|Glyphs)[0-9]+ (?:BMC|MP)");

    /** Placeholder operator as drawn, and what it is replaced with. */
    private final Map<String, String> placeholders = new LinkedHashMap<>();

    TaggedPage(PDDocument document, PDPage page) throws IOException {
        this.document = document;
        this.page = page;
        this.stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false);
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Opens a span that reads as {@code actualText} in {@code language} (a BCP 47 code); close it with {@link #endSpan()}. */
    void beginSpan(String actualText, String language) throws IOException {
        String placeholder = "OcssSpan" + placeholders.size();
        placeholders.put("/" + placeholder + " BMC", "/Span <</Lang (" + language.replaceAll("[^A-Za-z-]", "")
                + ") /ActualText <FEFF" + HexFormat.of().withUpperCase().formatHex(actualText.getBytes(StandardCharsets.UTF_16BE))
                + ">>> BDC");
        stream.beginMarkedContent(COSName.getPDFName(placeholder));
    }

    void endSpan() throws IOException {
        stream.endMarkedContent();
    }

    /**
     * Shows shaped glyphs: the run starts at ({@code x}, {@code y}) in PDF space; glyph offsets are in
     * thousandths of an em at {@code size} points (y downwards, as the shaper gives them). One {@code TJ}
     * array moves each glyph from where the font's own advance leaves it to where the shaping put it; a
     * glyph raised or lowered gets its own text matrix.
     */
    void glyphs(PDType0Font font, float size, float x, float y, Shaper.Shaped shaped) throws IOException {
        Set<Integer> ids = new HashSet<>();
        StringBuilder show = new StringBuilder(String.format(Locale.ROOT, "1 0 0 1 %.3f %.3f Tm [", x, y));
        float pen = 0;
        float baseline = 0;
        for (int i = 0; i < shaped.glyphs().length; i++) {
            ids.add(shaped.glyphs()[i]);
            if (shaped.y()[i] != baseline) {
                baseline = shaped.y()[i];
                show.append(String.format(Locale.ROOT, "] TJ 1 0 0 1 %.3f %.3f Tm [",
                        x + shaped.x()[i] * size / 1000, y - baseline * size / 1000));
                pen = shaped.x()[i];
            }
            float shift = shaped.x()[i] - pen;
            if (Math.abs(shift) > 0.05f) {
                // TJ numbers move the next glyph left by thousandths of an em.
                show.append(String.format(Locale.ROOT, " %.2f ", -shift));
            }
            show.append('<').append(HexFormat.of().withUpperCase().formatHex(font.encodeGlyphId(shaped.glyphs()[i]))).append('>');
            pen = shaped.x()[i] + shaped.widths()[i];
        }
        show.append("] TJ");
        font.addGlyphsToSubset(ids);
        String placeholder = "OcssGlyphs" + placeholders.size();
        placeholders.put("/" + placeholder + " MP", show.toString());
        stream.beginText();
        stream.setFont(font, size);
        stream.setMarkedContentPoint(COSName.getPDFName(placeholder));
        stream.endText();
    }

    @Override
    public void close() throws IOException {
        stream.close();
        byte[] drawn;
        try (InputStream in = page.getContents()) {
            drawn = in.readAllBytes();
        }
        // Latin-1 maps every byte to one char and back, so the rest of the stream is untouched.
        Matcher placeholder = PLACEHOLDER.matcher(new String(drawn, StandardCharsets.ISO_8859_1));
        StringBuilder content = new StringBuilder(drawn.length * 2);
        while (placeholder.find()) {
            placeholder.appendReplacement(content, Matcher.quoteReplacement(placeholders.get(placeholder.group())));
        }
        placeholder.appendTail(content);
        page.setContents(new PDStream(document,
                new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.ISO_8859_1)), COSName.FLATE_DECODE));
    }
}
