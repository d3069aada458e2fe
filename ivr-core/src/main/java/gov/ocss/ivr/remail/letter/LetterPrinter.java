package gov.ocss.ivr.remail.letter;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.ledger.Address;
import gov.ocss.ivr.prompts.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Sets PIN letters as one PDF per print batch, each letter from a new page, US Letter, for a #10
 * window envelope: the letterhead and return address at the top, the recipient's name and address of
 * record where the window shows them (2.2 to 3.1 inches down, 1 inch in), the date and case number on
 * the right, then the new PIN in a box and how to use it online and by phone, in the person's language.
 *
 * <p>Stateless and thread-safe; the PDF is built in memory and is the only place the PINs are written.
 */
public final class LetterPrinter {
    private static final float LEFT = 72;
    private static final float RIGHT = PageWriter.SIZE.getWidth() - 54;
    private static final float TEXT_WIDTH = RIGHT - LEFT;
    private static final float WINDOW_TOP = 162;
    private static final float BODY_TOP = 250;
    /** The letterhead wraps before it reaches the date and case number on the right. */
    private static final float LETTERHEAD_WIDTH = 320;
    private static final float SIZE = 11;

    private final LetterSettings settings;

    public LetterPrinter(LetterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The batch's letters in one PDF, in the order given.
     *
     * @param printedOn the New York date printed on every letter
     */
    public byte[] print(long batchId, LocalDate printedOn, List<Letter> letters) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("PIN letters, print batch " + batchId);
            info.setCreator("Child support phone line");
            LetterFonts fonts = LetterFonts.forDocument(document);
            for (int i = 0; i < letters.size(); i++) {
                write(document, fonts, batchId, i + 1, letters.size(), printedOn, letters.get(i));
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not set the letters of print batch " + batchId, e);
        }
    }

    private void write(PDDocument document, LetterFonts fonts, long batchId, int number, int of, LocalDate printedOn,
                       Letter letter) throws IOException {
        Language language = letter.language();
        Map<String, String> values = Map.of(
                "agency", settings.agencyName(),
                "name", letter.recipientName(),
                "case", letter.caseNumber().digits(),
                "portal", settings.portalAddress(),
                "helpline", settings.helplineNumber(),
                "tty", settings.ttyNumber());
        PageWriter.Footer footer = page -> "Batch " + batchId + "  \u00b7  letter " + number + " of " + of
                + "  \u00b7  request " + letter.requestId() + "  \u00b7  page " + page;
        try (PageWriter page = new PageWriter(document, fonts, language.code(), footer)) {
            letterhead(page, text(language, "agency", values));
            page.lineEndingAt(writtenDate(printedOn, language), RIGHT, 50, 10, false);
            page.lineEndingAt(text(language, "case_number", values), RIGHT, 64, 10, true);
            recipient(page, letter);

            page.moveTo(BODY_TOP);
            page.paragraph(text(language, "title", values), LEFT, TEXT_WIDTH, 14, true, 20);
            page.gap(8);
            body(page, language, "greeting", values);
            body(page, language, "intro", values);
            pinBox(page, text(language, "pin_label", values), letter.pin());
            body(page, language, "old_pin", values);
            steps(page, language, "online", values);
            steps(page, language, "phone", values);
            body(page, language, "keep_safe", values);
            body(page, language, "not_you", values);
        }
    }

    private void letterhead(PageWriter page, String agency) throws IOException {
        Address office = settings.officeAddress();
        page.moveTo(37);
        page.paragraph(agency, 54, LETTERHEAD_WIDTH, 11, true, 13);
        page.gap(1);
        page.paragraph(settings.officeName(), 54, LETTERHEAD_WIDTH, 9.5f, false, 12);
        page.paragraph(streetLine(office), 54, LETTERHEAD_WIDTH, 9.5f, false, 12);
        page.paragraph(cityLine(office), 54, LETTERHEAD_WIDTH, 9.5f, false, 12);
    }

    /** Name and address of record, inside the envelope's window. */
    private static void recipient(PageWriter page, Letter letter) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(letter.recipientName());
        lines.add(letter.address().street());
        if (letter.address().unit() != null && !letter.address().unit().isBlank()) {
            lines.add(letter.address().unit());
        }
        lines.add(cityLine(letter.address()));
        float top = WINDOW_TOP;
        for (String line : lines) {
            page.line(line, LEFT, top, SIZE, false);
            top += 14;
        }
    }

    private static void body(PageWriter page, Language language, String key, Map<String, String> values) throws IOException {
        page.paragraph(text(language, key, values), LEFT, TEXT_WIDTH, SIZE, false, leading(language));
        page.gap(6);
    }

    private static void pinBox(PageWriter page, String label, String pin) throws IOException {
        page.keepTogether(70);
        float top = page.cursor() + 6;
        page.box(LEFT, top, 230, 58);
        page.line(label, LEFT + 14, top + 18, 10, false);
        page.line(pin, LEFT + 14, top + 46, 24, true);
        page.moveTo(top + 58 + 6);
        page.gap(4);
    }

    private static void steps(PageWriter page, Language language, String list, Map<String, String> values) throws IOException {
        page.keepTogether(80);
        page.gap(4);
        page.paragraph(text(language, list + ".heading", values), LEFT, TEXT_WIDTH, SIZE + 1, true, leading(language) + 2);
        page.gap(2);
        for (int step = 1; step <= 3; step++) {
            page.paragraph(step + ".", LEFT + 4, 14, SIZE, false, leading(language));
            page.gap(-leading(language));
            page.paragraph(text(language, list + "." + step, values), LEFT + 22, TEXT_WIDTH - 22, SIZE, false, leading(language));
            page.gap(1);
        }
        page.gap(6);
    }

    /** Bengali stacks signs above and below the letters, so its lines need more room. */
    private static float leading(Language language) {
        return language == Language.BENGALI ? 17 : 15;
    }

    private static String text(Language language, String key, Map<String, String> values) {
        return LetterText.of(language, key, values);
    }

    /** The date as a letter in the language writes it: "November 23, 2026", "২৩ নভেম্বর, ২০২৬", "23 nëntor 2026". */
    static String writtenDate(LocalDate date, Language language) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMd", ULocale.forLocale(language.locale()));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    private static String streetLine(Address address) {
        return address.unit() == null || address.unit().isBlank() ? address.street() : address.street() + ", " + address.unit();
    }

    private static String cityLine(Address address) {
        return address.city() + ", " + address.state() + " " + address.zip();
    }
}
