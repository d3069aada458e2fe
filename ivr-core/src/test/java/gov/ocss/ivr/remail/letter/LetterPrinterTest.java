package gov.ocss.ivr.remail.letter;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.ledger.Address;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Language;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PIN letter as the mail house prints it: what a reader of the PDF finds in it (PDFBox's own text
 * extraction, reading the Bengali through its ActualText), and pages rendered to PNG in
 * {@code target/letters/} for a look.
 */
class LetterPrinterTest {
    static final LetterSettings SETTINGS = new LetterSettings("New York City", "Manhattan Child Support Office",
            new Address("120 Lafayette Street", "3rd Floor", "New York", "NY", "10013"), LetterSettings.DEFAULT_PORTAL,
            LetterSettings.DEFAULT_HELPLINE, LetterSettings.DEFAULT_TTY);
    private static final LocalDate PRINTED_ON = LocalDate.of(2026, 11, 23);
    private static final CaseNumber CASE = CaseNumber.parse("5236295464").orElseThrow();
    private static final Path OUT = Path.of("target", "letters");

    private static final Letter ENGLISH = new Letter(101, Language.ENGLISH, "Tyrone Brown",
            new Address("1520 Grand Concourse", "Apt 4B", "Bronx", "NY", "10457"), CASE, "40718");
    private static final Letter BENGALI = new Letter(102, Language.BENGALI, "Sabina Hossain",
            new Address("37-21 74th Street", null, "Jackson Heights", "NY", "11372"), CASE, "62953");
    private static final Letter ALBANIAN = new Letter(103, Language.ALBANIAN, "Dritë Çela",
            new Address("2415 Arthur Avenue", null, "Bronx", "NY", "10458"), CASE, "80471");

    private static byte[] batch;

    @BeforeAll
    static void printABatchOfThree() throws IOException {
        batch = new LetterPrinter(SETTINGS).print(7, PRINTED_ON, List.of(ENGLISH, BENGALI, ALBANIAN));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("batch-7.pdf"), batch);
    }

    @Test
    void everyLanguageHasTheSameWording() {
        for (Language language : Language.values()) {
            assertThat(LetterText.keys(language)).as(language.code()).isEqualTo(LetterText.keys(Language.ENGLISH));
        }
    }

    @Test
    void eachLetterStartsOnItsOwnPageAndTheBatchIsSmall() throws IOException {
        try (PDDocument document = Loader.loadPDF(batch)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("PIN letters, print batch 7");
        }
        assertThat(batch.length).as("font subsets, not whole fonts").isLessThan(200_000);
    }

    @Test
    void theEnglishLetterHasTheAddressTheNewPinAndHowToUseIt() throws IOException {
        String text = page(1);

        assertThat(text).contains("Tyrone Brown\n1520 Grand Concourse\nApt 4B\nBronx, NY 10457", "Your new PIN\n40718");
        assertThat(flat(text)).contains("New York City Office of Child Support Services",
                        "November 23, 2026", "Case number: 5236295464",
                        "Your new PIN for your child support account", "Dear Tyrone Brown,",
                        "Your old PIN keeps working until you use this new PIN for the first time.",
                        "Go to childsupport.ny.gov.", "Create an account, or log in if you already have one.",
                        "Call the child support help line at 888-208-4485. If you use a TTY, call 866-875-9975.",
                        "Choose your language, then press 1 for your account and payment information.")
                .doesNotContain("62953", "80471");
    }

    @Test
    void theBengaliLetterReadsBackInBengaliScriptWithThePinInFigures() throws IOException {
        String text = page(2);

        assertThat(text).contains("Sabina Hossain\n37-21 74th Street\nJackson Heights, NY 11372", "আপনার নতুন পিন\n62953");
        assertThat(flat(text)).contains("New York City চাইল্ড সাপোর্ট পরিষেবা অফিস",
                        "২৩ নভেম্বর, ২০২৬", "কেস নম্বর: 5236295464",
                        "আপনার চাইল্ড সাপোর্ট (সন্তানের ভরণপোষণ) অ্যাকাউন্টের নতুন পিন", "প্রিয় Sabina Hossain,",
                        "আপনি প্রথমবার নতুন পিনটি ব্যবহার না করা পর্যন্ত আপনার পুরোনো পিন কাজ করবে।",
                        "childsupport.ny.gov ওয়েবসাইটে যান।",
                        "চাইল্ড সাপোর্ট হেল্পলাইনে 888-208-4485 নম্বরে কল করুন।")
                .doesNotContain("40718", "80471");
    }

    @Test
    void theAlbanianLetterKeepsItsLettersWithDiaeresisAndCedilla() throws IOException {
        String text = page(3);

        assertThat(text).contains("Dritë Çela\n2415 Arthur Avenue\nBronx, NY 10458", "PIN-i juaj i ri\n80471");
        // The letterhead wraps beside the date.
        assertThat(flat(text)).contains("New York City, Zyra e Shërbimeve për Mbështetjen", "Financiare të Fëmijëve",
                        "23 nëntor 2026", "Numri i çështjes: 5236295464", "I/E nderuar Dritë Çela,",
                        "Ruajeni këtë letër në një vend të sigurt dhe mos ia tregoni PIN-in askujt.")
                .doesNotContain("40718", "62953");
    }

    @Test
    void withoutActualTextTheLatinTextStillReadsBack() throws IOException {
        try (PDDocument document = Loader.loadPDF(batch)) {
            PDFTextStripper plain = new PDFTextStripper();
            plain.setStartPage(3);
            plain.setEndPage(3);
            assertThat(flat(plain.getText(document))).contains("Ruajeni këtë letër në një vend të sigurt", "80471");
        }
    }

    @Test
    void pagesRenderToPngWithInkWhereTheAddressAndThePinAre() throws IOException {
        try (PDDocument document = Loader.loadPDF(batch)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < 3; page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100);
                ImageIO.write(image, "png", OUT.resolve("batch-7-page-" + (page + 1) + ".png").toFile());
                assertThat(image.getWidth()).as("8.5 inches at 100 dpi").isBetween(849, 850);
                // The window of a #10 envelope: 1 to 4.5 inches from the left, 2.1 to 3.1 inches down.
                assertThat(inkIn(image, 100, 210, 450, 310)).as("address in the window, page %d", page + 1).isGreaterThan(500);
                assertThat(inkIn(image, 0, 0, image.getWidth(), image.getHeight())).isGreaterThan(20_000);
            }
        }
    }

    private static long inkIn(BufferedImage image, int x0, int y0, int x1, int y1) {
        long dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (luminance < 3 * 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** The text with every run of spaces and line breaks as one space: sentences wrap where the layout says. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String page(int number) throws IOException {
        try (PDDocument document = Loader.loadPDF(batch)) {
            ActualTextStripper stripper = new ActualTextStripper();
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(document);
        }
    }
}
