package gov.ocss.ivr.remail.letter;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text extraction, reading a marked-content span's {@code /ActualText} instead of its glyphs,
 * as Acrobat and Poppler do: the text of a span is put where its first glyph was, with the span's width.
 * What a reader copying the letter, or a screen reader, gets.
 */
public final class ActualTextStripper extends PDFTextStripper {
    private final Deque<Span> spans = new ArrayDeque<>();

    private static final class Span {
        final String actualText;
        final List<TextPosition> glyphs = new ArrayList<>();

        Span(String actualText) {
            this.actualText = actualText;
        }
    }

    public ActualTextStripper() {
        setSortByPosition(true);
    }

    /** The text of a whole PDF, page after page. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new ActualTextStripper().getText(document);
        }
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
        spans.push(new Span(actual));
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Span span = spans.pop();
        if (span.actualText != null && !span.glyphs.isEmpty()) {
            TextPosition first = span.glyphs.get(0);
            TextPosition last = span.glyphs.get(span.glyphs.size() - 1);
            float width = last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj();
            super.processTextPosition(new TextPosition(first.getRotation(), first.getPageWidth(), first.getPageHeight(),
                    first.getTextMatrix(), first.getX() + width, first.getY(), first.getHeight(), width,
                    first.getWidthOfSpace(), span.actualText, new int[] {0}, first.getFont(), first.getFontSize(),
                    (int) first.getFontSizeInPt()));
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        Span span = spans.stream().filter(s -> s.actualText != null).findFirst().orElse(null);
        if (span != null) {
            span.glyphs.add(text);
        } else {
            super.processTextPosition(text);
        }
    }
}
