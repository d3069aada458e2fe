package gov.ocss.ivr.remail.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a letter is set in, shipped in resources under the SIL Open Font License ({@code fonts/OFL.txt}):
 * Noto Sans for Latin text (English, Albanian's ë and ç, the names and addresses) and Noto Sans Bengali,
 * both shaped by {@link Shaper}. Each document embeds only the glyphs it uses.
 */
final class LetterFonts {
    private static final byte[] LATIN = read("NotoSans-Regular.ttf");
    private static final byte[] LATIN_BOLD = read("NotoSans-Bold.ttf");
    private static final byte[] BENGALI = read("NotoSansBengali-Regular.ttf");
    private static final byte[] BENGALI_BOLD = read("NotoSansBengali-Bold.ttf");

    final PDType0Font latin;
    final PDType0Font latinBold;
    final PDType0Font bengali;
    final PDType0Font bengaliBold;

    /** Shape text for the fonts above: the same font files. */
    private static final Shaper LATIN_SHAPER = new Shaper(LATIN);
    private static final Shaper LATIN_BOLD_SHAPER = new Shaper(LATIN_BOLD);
    private static final Shaper BENGALI_SHAPER = new Shaper(BENGALI);
    private static final Shaper BENGALI_BOLD_SHAPER = new Shaper(BENGALI_BOLD);

    private LetterFonts(PDDocument document) throws IOException {
        latin = load(document, LATIN);
        latinBold = load(document, LATIN_BOLD);
        bengali = load(document, BENGALI);
        bengaliBold = load(document, BENGALI_BOLD);
    }

    static LetterFonts forDocument(PDDocument document) throws IOException {
        return new LetterFonts(document);
    }

    PDType0Font latin(boolean bold) {
        return bold ? latinBold : latin;
    }

    PDType0Font bengali(boolean bold) {
        return bold ? bengaliBold : bengali;
    }

    PDType0Font font(boolean bengali, boolean bold) {
        return bengali ? bengali(bold) : latin(bold);
    }

    static Shaper shaper(boolean bengali, boolean bold) {
        if (bengali) {
            return bold ? BENGALI_BOLD_SHAPER : BENGALI_SHAPER;
        }
        return bold ? LATIN_BOLD_SHAPER : LATIN_SHAPER;
    }

    private static PDType0Font load(PDDocument document, byte[] font) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(font), true);
    }

    private static byte[] read(String name) {
        try (InputStream in = LetterFonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
