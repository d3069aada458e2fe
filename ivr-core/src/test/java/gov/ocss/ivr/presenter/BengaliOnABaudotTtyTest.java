package gov.ocss.ivr.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.catalog.CatalogText;
import gov.ocss.ivr.prompts.catalog.PlaceholderType;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Bengali sentence the TTY line shows, as a Baudot TDD shows it: written the way Bengali
 * speakers write Bengali in Latin letters when they chat, so a Bengali reader reads it at a glance.
 * The expected lines were typed by hand, word by word, not copied from the code's output; a native
 * reader should be able to check them here without reading Java. Values are filled with one sample
 * each (a date of this year, so without its year).
 */
class BengaliOnABaudotTtyTest {
    /** Catalog key (its TTY wording when it has one) | what the TDD shows. */
    private static final String SENTENCES = """
            call.welcome | APNAKE SHAGOTOM. ETI NEW YORK CITY PORICHALITO CHAILD SAPORT (SHONTANER BHORONPOSHON) TTY LAIN.
            language.option | BANGLAR JONNO 2 LIKHUN.
            language.menu | FOR ENGLISH, TYPE 1. BANGLAR JONNO 2 LIKHUN. PER SHQIP, SHKRUANI 3.
            dialog.not_heard | DUKHITO, AMRA KONO UTTOR PAINI.
            dialog.not_understood | DUKHITO, AMRA BUJHTE PARINI.
            dialog.more_time | APNAR KI ARO SHOMOY LAGBE? CHALIYE JETE 1 LIKHUN.
            menu.help | APNI JE BIKOLPOTI CHAN, TAR NOMBOR LIKHUN. BIKOLPOGULO ABAR DEKHTE R LIKHUN. EKJON PROTINIDHIR SHONGE JOGAJOG KORTE 0 LIKHUN.
            main.menu | APNAR HISHAB O PEMENTER TOTTHER JONNO 1 LIKHUN. APNAR PIN CHITHI ABAR DAKE PETE 2 LIKHUN. OFISER SHOMOY O JOGAJOGER TOTTHER JONNO 3 LIKHUN. EKJON PROTINIDHIR SHONGE JOGAJOG KORTE 0 LIKHUN. EI BIKOLPOGULO ABAR DEKHTE R LIKHUN.
            next.menu | MUL MENUTE JETE 1 LIKHUN. EKJON PROTINIDHIR SHONGE JOGAJOG KORTE 0 LIKHUN. KOL SHESH KORTE 9 LIKHUN.
            outage.unavailable | DUKHITO, EI MUHURTE HISHAB O PEMENTER TOTTHO PAWA JACHHE NA. ONUGROHO KORE PORE ABAR CHESHTA KORUN.
            outage.menu | OFISER SHOMOY DEKHTE 1 LIKHUN. EKJON PROTINIDHIR SHONGE JOGAJOG KORTE 0 LIKHUN. KOL SHESH KORTE 9 LIKHUN.
            verify.case_number | APNAR 10 ONKER KES NOMBOR LIKHUN.
            verify.case_number_help | APNAR KES NOMBORE 10TI ONKO ACHHE. AMADER PATHANO PROTITI CHITHIR UPORER DIKE ETI CHHAPA THAKE. EKHON NOMBORTI LIKHUN. NOMBORTI NA THAKLE EKJON PROTINIDHIR SHONGE JOGAJOG KORTE 0 LIKHUN.
            verify.case_number_invalid | EI KES NOMBORTI SHOTHIK NOY. ONUGROHO KORE NOMBORTI DEKHE ABAR CHESHTA KORUN.
            verify.pin | APNAR 5 ONKER PIN LIKHUN.
            verify.pin_help | APNAR PINE 5TI ONKO ACHHE. AMRA DAKE JE PIN CHITHI PATHIYECHHI, TATE ETI LEKHA ACHHE. PIN NA THAKLE MUL MENU THEKE NOTUN CHITHI CHAITE PAREN.
            verify.no_match | DUKHITO, EI KES NOMBOR O PIN AMADER TOTTHER SHONGE MELENI.
            verify.failed | DUKHITO, AMRA APNAR PORICHOY JACHAI KORTE PARINI.
            verify.locked | APNAR NIRAPOTTAR JONNO EI HISHABE FONE PROBESH APATOTO BONDHO RAKHA HOYECHHE.
            verify.too_many_tries | APNAR NIRAPOTTAR JONNO EI FON THEKE APATOTO AR PIN DEWA JABE NA.
            verify.birth_date_too | APNAR NIRAPOTTAR JONNO AMADER APNAR JONMOTARIKHO PROYOJON.
            verify.checking | ONUGROHO KORE EKTU OPEKKHA KORUN. AMRA APNAR PIN JACHAI KORCHHI.
            verify.done | DHONNOBAD. APNAR PORICHOY JACHAI KORA HOYECHHE.
            account.menu.custodial | APNAKE PATHANO SHORBOSHESH PEMENTER JONNO 1 LIKHUN. APNAKE PATHANO SHAMPROTIK PEMENTGULOR JONNO 2 LIKHUN. APNAR BALANS O HISHABER SHARSHONGKHEPER JONNO 3 LIKHUN. SHORBOSHESH MASHIK NOTISHER JONNO 4 LIKHUN. APNAR STHANIO OFISER TOTTHER JONNO 5 LIKHUN. MUL MENUTE JETE 9 LIKHUN.
            account.menu.noncustodial | CHOLTI MASHE APNAR PRODEYO BHORONPOSHONER JONNO 1 LIKHUN. BOKEYA BALANSER JONNO 2 LIKHUN. APNAR KACHH THEKE PAWA SHAMPROTIK PEMENTGULOR JONNO 3 LIKHUN. KIBHABE PEMENT KORBEN, TA JANTE 4 LIKHUN. SHORBOSHESH MASHIK NOTISHER JONNO 5 LIKHUN. APNAR STHANIO OFISER TOTTHER JONNO 6 LIKHUN. MUL MENUTE JETE 9 LIKHUN.
            list.more | ARO DEKHTE 1 LIKHUN. FIRE JETE 9 LIKHUN.
            disbursement.last | APNAKE PATHANO SHORBOSHESH PEMENT:
            disbursement.recent | APNAKE PATHANO PEMENT, NOTUN THEKE PURONO:
            disbursement.none | GOTO 60 DINE APNAKE KONO PEMENT PATHANO HOYNI.
            disbursement.never | EI KESE APNAKE EKHONO KONO PEMENT PATHANO HOYNI.
            disbursement.direct_deposit | 3 DECEMBER: 1,234.56 US$, SHORASHORI APNAR BANK AKAUNTE.
            disbursement.debit_card | 3 DECEMBER: 1,234.56 US$, APNAR DEBIT KARDE.
            disbursement.check_mailed | 3 DECEMBER: 1,234.56 US$, CHEKER MADDHOME, 3 DECEMBER TARIKHE DAKE PATHANO HOYECHHE.
            disbursement.check_not_mailed | 3 DECEMBER: 1,234.56 US$, CHEKER MADDHOME, EKHONO DAKE PATHANO HOYNI.
            payment.recent | APNAR KACHH THEKE PAWA PEMENT, NOTUN THEKE PURONO:
            payment.none | GOTO 60 DINE AMRA APNAR KACHH THEKE KONO PEMENT PAINI.
            payment.income_withholding | 3 DECEMBER: 1,234.56 US$, APNAR BETON THEKE KATA.
            payment.check | 3 DECEMBER: 1,234.56 US$, CHEKER MADDHOME.
            payment.money_order | 3 DECEMBER: 1,234.56 US$, MANI ORDARE.
            payment.online | 3 DECEMBER: 1,234.56 US$, ONLAINE.
            payment.tax_offset | 3 DECEMBER: 1,234.56 US$, APNAR TAKS RIFAND THEKE.
            payment.unemployment_intercept | 3 DECEMBER: 1,234.56 US$, APNAR BEKAR BHATA THEKE.
            payment.cash | 3 DECEMBER: 1,234.56 US$, NOGODE.
            balance.current_support | APNAR BORTOMAN MASHIK BHORONPOSHON 1,234.56 US$.
            balance.current_due | EI MASHER JONNO 1,234.56 US$ DITE HOBE, SHESH TARIKH 3 DECEMBER.
            balance.current_late | EI MASHER 1,234.56 US$ EKHONO BAKI ACHHE. SHESH TARIKH CHHILO 3 DECEMBER.
            balance.current_paid | EI MASHER BHORONPOSHON PUROPURI PORISHODH KORA HOYECHHE.
            balance.past_due | APNAR BOKEYA BALANS 1,234.56 US$.
            balance.no_past_due | APNAR KONO BOKEYA BALANS NEI.
            balance.credit | APNAR HISHABE 1,234.56 US$ OTIRIKTO JOMA ACHHE.
            summary.current_support | EI KESE BORTOMAN MASHIK BHORONPOSHON 1,234.56 US$.
            summary.current_unpaid | EI MASHER 1,234.56 US$ EKHONO PORISHODH KORA HOYNI.
            summary.current_paid | EI MASHER BHORONPOSHON PUROPURI PORISHODH KORA HOYECHHE.
            summary.past_due | EI KESE APNAR PAONA BOKEYA BHORONPOSHON 1,234.56 US$.
            summary.no_past_due | EI KESE APNAR PAONA KONO BOKEYA BHORONPOSHON NEI.
            notice.latest | APNAR SHORBOSHESH MASHIK NOTISHTI NOVEMBER MASHER, 3 DECEMBER TARIKHE PATHANO HOYECHHE. ETE PRODEYO 1,234.56 US$, PORISHODHITO 1,234.56 US$ EBONG BOKEYA 1,234.56 US$ DEKHANO HOYECHHE.
            notice.none | EI KESE EKHONO KONO MASHIK NOTISH NEI.
            pay.amount | ONUGROHO KORE 1,234.56 US$ PORISHODH KORUN.
            pay.nothing_due | EI MUHURTE APNAR KICHHU PORISHODH KORAR NEI.
            pay.mail_to | CHEK BA MANI ORDARE PRAPOKER NAM LIKHUN: NYC CHILD SUPPORT. TARPOR EI THIKANAY DAKE PATHAN: 151 WEST BROADWAY, NEW YORK, NY 11201.
            pay.case_number | APNAR PEMENTE KES NOMBORTI LIKHUN: 6910461323.
            office.main | AMADER PRODHAN OFIS: BROOKLYN OFFICE.
            office.local | APNAR STHANIO OFIS: BROOKLYN OFFICE.
            office.address | THIKANA: 151 WEST BROADWAY, NEW YORK, NY 11201.
            office.phone | FON NOMBOR: 7185550100.
            office.email | IMEIL THIKANA: HELP OCSS.EXAMPLE.
            office.hours | OFIS KHOLA THAKE:
            office.days | MONDAY THEKE FRIDAY, SHOKAL 8:30 THEKE BIKEL 5:00 PORJONTO.
            office.day | SATURDAY, SHOKAL 8:30 THEKE BIKEL 5:00 PORJONTO.
            office.open_now | OFIS EKHON KHOLA ACHHE.
            office.closed_now | OFIS EKHON BONDHO ACHHE.
            representative.transfer | ONUGROHO KORE OPEKKHA KORUN. AMRA APNAKE EKJON PROTINIDHIR SHONGE JUKTO KORCHHI.
            representative.closed | EI MUHURTE AMADER KONO PROTINIDHIKE PAWA JACHHE NA. OFIS KHOLA THAKAR SHOMOYE TADER PAWA JAY.
            remail.intro | AMRA APNAR NOTHIBHUKTO THIKANAY EKTI NOTUN PIN CHITHI PATHATE PARI. PROTHOME AMADER APNAR PORICHOY NISHCHITO KORTE HOBE.
            remail.birth_date | APNAR JONMOTARIKH 8 ONKE LIKHUN: MASHER JONNO 2TI, DINER JONNO 2TI EBONG BOCHHORER JONNO 4TI ONKO.
            remail.birth_date_help | JONMOTARIKH MASH, DIN O BOCHHOR EI KROME LIKHUN. JEMON, 5 MARCH 1985 HOLE LIKHUN 03051985.
            remail.zip | APNAR DAK THIKANAR 5 ONKER JIP KOD LIKHUN.
            remail.zip_help | JIP KODE 5TI ONKO ACHHE. JE THIKANAY AMRA APNAKE CHITHI PATHAI, SHEI THIKANAR JIP KOD LIKHUN.
            remail.queued | DHONNOBAD. AMRA APNAR NOTHIBHUKTO THIKANAY EKTI NOTUN PIN CHITHI PATHABO. CHITHITI 3 DECEMBER TARIKHER MODDHE POUCHHANOR KOTHA.
            remail.already_requested | 3 DECEMBER TARIKHE EKTI NOTUN PIN CHITHIR ONURODH AGEI KORA HOYECHHE. CHITHITI APNAR NOTHIBHUKTO THIKANAY JABE EBONG 3 DECEMBER TARIKHER MODDHE POUCHHANOR KOTHA.
            remail.too_many | GOTO 90 DINE AMRA APNAKE ITIMODDHE 3TI NOTUN PIN CHITHI PATHIYECHHI, TAI AJ EI LAINER MADDHOME AREKTI CHITHI PATHATE PARCHHI NA. APNI 3 DECEMBER TARIKH THEKE ABAR NOTUN CHITHIR ONURODH KORTE PARBEN. ER AGE SHAHAJJER PROYOJON HOLE ONUGROHO KORE EKJON PROTINIDHIR SHONGE JOGAJOG KORUN.
            remail.not_confirmed | DUKHITO, AMRA APNAR TOTTHO NISHCHITO KORTE PARINI.
            call.goodbye | KOL KORAR JONNO DHONNOBAD. BHALO THAKBEN.
            call.system_unavailable | DUKHITO, AMADER SISTEM EKHON KAJ KORCHHE NA. ONUGROHO KORE EKJON PROTINIDHIR JONNO LAINE THAKUN, OTHOBA PORE ABAR KOL KORUN.
            call.closing | DUKHITO, AMADER EKHON EI KOLTI SHESH KORTE HOCHHE. ONUGROHO KORE PORE ABAR KOL KORUN. BHALO THAKBEN.
            dialplan.unavailable_closed | DUKHITO, AMADER SISTEM EKHON KAJ KORCHHE NA, AR EI MUHURTE AMADER KONO PROTINIDHIKEO PAWA JACHHE NA. TARA SHORKARI CHHUTIR DIN CHHARA MONDAY THEKE FRIDAY, SHOKAL SHARE 8TA THEKE BIKEL 5TA PORJONTO KOL GROHON KOREN. ONUGROHO KORE TOKHON ABAR KOL KORUN. BHALO THAKBEN.
            dialplan.agents_closed | DUKHITO, EI MUHURTE AMADER KONO PROTINIDHIKE PAWA JACHHE NA. TARA SHORKARI CHHUTIR DIN CHHARA MONDAY THEKE FRIDAY, SHOKAL SHARE 8TA THEKE BIKEL 5TA PORJONTO KOL GROHON KOREN. ONUGROHO KORE TOKHON ABAR KOL KORUN. BHALO THAKBEN.
            dialplan.agents_busy | DUKHITO, EI MUHURTE KONO PROTINIDHI APNAR KOL GROHON KORTE PARCHHEN NA. ONUGROHO KORE PORE ABAR KOL KORUN. BHALO THAKBEN.
            """;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Mid-2026, so the sample dates (December 2026) are this year's and written without the year. */
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 6, 15, 12, 0, 0, 0, NEW_YORK).toInstant(), NEW_YORK);
    private static final PromptCatalog CATALOG = PromptCatalog.standard();
    private static final CatalogText TEXT = new CatalogText(CATALOG, CLOCK);
    private static final Map<String, String> SAMPLE_TEXTS = Map.of(
            "agency", "New York City", "payee", "NYC Child Support", "street", "151 West Broadway",
            "city", "New York", "state", "NY", "name", "Brooklyn Office", "email", "help@ocss.example");
    private static final Map<String, String> SAMPLE_DIGITS = Map.of("zip", "11201", "case", "6910461323", "phone", "7185550100");

    @Test
    void everyBengaliSentenceOfTheTtyLineReadsAsABengaliReaderTypesIt() {
        Map<String, String> expected = table();
        assertThat(expected.keySet()).as("one line for each key of bn.properties, no more")
                .containsExactlyInAnyOrderElementsOf(CATALOG.keys(Language.BENGALI));
        List<String> wrong = new ArrayList<>();
        expected.forEach((key, line) -> {
            String shown = TextProfile.BAUDOT.render(TEXT.text(sample(key), Language.BENGALI));
            if (!shown.equals(line)) {
                wrong.add(key + "\n  expected: " + line + "\n  shown:    " + shown);
            }
        });
        assertThat(wrong).as("sentences shown otherwise than expected").isEmpty();
    }

    @Test
    void aDateIsItsDayAndTheEnglishMonth() {
        assertThat(TextProfile.BAUDOT.render("৩ ডিসেম্বর")).isEqualTo("3 DECEMBER");
        assertThat(TextProfile.BAUDOT.render("১ জানুয়ারী")).isEqualTo("1 JANUARY");
        assertThat(TextProfile.BAUDOT.render("২০২৪ সালের ১ ডিসেম্বর")).isEqualTo("2024 SHALER 1 DECEMBER");
        assertThat(TextProfile.BAUDOT.render("২০২৪ সাল")).isEqualTo("2024 SHAL");
        assertThat(TextProfile.BAUDOT.render("সোমবার, বৃহস্পতিবার, রবিবার")).isEqualTo("MONDAY, THURSDAY, SUNDAY");
    }

    @Test
    void aTimeKeepsItsFiguresAfterThePartOfTheDay() {
        assertThat(TextProfile.BAUDOT.render("সকাল ৮:৩০")).isEqualTo("SHOKAL 8:30");
        assertThat(TextProfile.BAUDOT.render("সন্ধ্যা ৬:১৫")).isEqualTo("SHONDHA 6:15");
    }

    @Test
    void moneyAndZipCodesKeepTheirDigitsAndPunctuation() {
        assertThat(TextProfile.BAUDOT.render("১,২৩৪.৫৬ US$")).isEqualTo("1,234.56 US$");
        assertThat(TextProfile.BAUDOT.render("১২,৩৪,৫৬৭.০০\u00A0US$")).isEqualTo("12,34,567.00 US$");
        assertThat(TextProfile.BAUDOT.render("জিপ কোড ১১২০১")).isEqualTo("JIP KOD 11201");
    }

    /** The key with a sample value for each of its placeholders. */
    private static Prompt sample(String key) {
        List<PromptArg> args = new ArrayList<>();
        CATALOG.typed(Language.BENGALI, key).orElseThrow().placeholders()
                .forEach((name, type) -> args.add(sample(name, type)));
        return new Prompt(key, args);
    }

    private static PromptArg sample(String name, PlaceholderType type) {
        return switch (type) {
            case MONEY, CREDIT -> PromptArg.money(name, 123_456);
            case DATE, WEEKDAY_DATE -> PromptArg.date(name, LocalDate.of(2026, 12, 3));
            case MONTH -> PromptArg.date(name, LocalDate.of(2026, 11, 1));
            case WEEKDAY, ON_WEEKDAY -> PromptArg.weekday(name, switch (name) {
                case "from" -> DayOfWeek.MONDAY;
                case "to" -> DayOfWeek.FRIDAY;
                default -> DayOfWeek.SATURDAY;
            });
            case TIME -> PromptArg.time(name, name.equals("closes") ? LocalTime.of(17, 0) : LocalTime.of(8, 30));
            case COUNT -> PromptArg.count(name, 3);
            case DIGITS -> PromptArg.digits(name, SAMPLE_DIGITS.get(name));
            case TEXT -> PromptArg.text(name, SAMPLE_TEXTS.get(name));
        };
    }

    private static Map<String, String> table() {
        Map<String, String> table = new LinkedHashMap<>();
        for (String row : SENTENCES.strip().split("\n")) {
            String[] cells = row.split("\\|", 2);
            assertThat(table.put(cells[0].strip(), cells[1].strip())).as("a key twice: %s", row).isNull();
        }
        return table;
    }
}
