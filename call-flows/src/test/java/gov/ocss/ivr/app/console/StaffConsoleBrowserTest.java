package gov.ocss.ivr.app.console;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.remail.RemailOutcome;
import gov.ocss.ivr.remail.RemailRequests;
import gov.ocss.ivr.remail.RemailWorker;
import gov.ocss.ivr.remail.UnmailedBatches;
import gov.ocss.ivr.remail.letter.ActualTextStripper;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The staff console in a real browser (Debian's headless Chromium, through chromedriver), against the
 * demo server as `./phoneline start` runs it: embedded PostgreSQL, the demo cases, the demo users.
 * Screenshots of each page land in {@code target/console-screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffConsoleBrowserTest {
    /** Tyrone Brown's case in the README; Jose Russo is its custodial parent. */
    private static final String CASE = "5236295464";
    private static final String STAFF_PASSWORD = "staff-demo-2084485";
    private static final String SUPERVISOR_PASSWORD = "supervisor-demo-2084485";
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private static ConfigurableApplicationContext app;
    private static ChromeDriver browser;
    private static Path downloads;
    private static String base;
    private static int agiPort;
    private static Jdbi jdbi;

    private WebDriverWait wait;

    @BeforeAll
    static void startTheDemoServerAndABrowser() throws IOException {
        Path data = Files.createTempDirectory("ivr-console-test");
        app = SpringApplication.run(PhoneLineApplication.class, "--ivr.embedded-database.directory=" + data,
                "--ivr.agi.port=" + (agiPort = FreePort.find()), "--server.port=0", "--ivr.remail.print-interval=0");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        jdbi = app.getBean(Jdbi.class);
        downloads = Files.createTempDirectory("console-test-downloads");
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.start(downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void signedOut() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(base + "/console/login");
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void signOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingButTheSignInPageIsReachable() {
        browser.get(base + "/console/queue");
        assertThat(browser.getCurrentUrl()).as("sent to sign in first").endsWith("/console/login");

        signIn("staff", "not-the-password");

        assertThat(text("#problem")).contains("do not match");
        assertThat(browser.getCurrentUrl()).contains("/console/login");
        browser.get(base + "/console/cases?number=" + CASE);
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        assertThat(auditRows("sign_in", "refused")).as("the failed sign-in is in the audit trail").isPositive();
    }

    /**
     * A long audit trail and a long queue are read a page at a time with the filters kept: the newest
     * page first, then "Older" for the rest, each page starting where the one before ended, and "Newest"
     * back. Runs near the end: the trail and the queue it fills are long for the tests after it.
     */
    /**
     * A batch nobody marked mailed: a supervisor is warned on every page from three days before its
     * erasure (staff are not), and once erased the batch shows it, cannot be marked mailed, and the
     * audit trail has the server's entries. Ordered after the tests that print: it prints what is queued.
     */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void aSupervisorIsWarnedOfABatchNeverMarkedMailedBeforeTheServerErasesIt() {
        long parent = jdbi.withHandle(h -> h.createQuery("""
                        select p.id from ledger.person p join ledger.case_participant cp on cp.person_id = p.id
                          join ledger.support_case sc on sc.id = cp.case_id
                         where sc.case_number <> ? order by p.id limit 1""").bind(0, CASE).mapTo(Long.class).one());
        var asked = jdbi.withHandle(h -> h.createQuery("""
                        select sc.case_number, p.date_of_birth, p.zip from ledger.person p
                          join ledger.case_participant cp on cp.person_id = p.id join ledger.support_case sc on sc.id = cp.case_id
                         where p.id = ? limit 1""").bind(0, parent)
                .map((rs, ctx) -> app.getBean(RemailRequests.class).request(CaseNumber.parse(rs.getString(1)).orElseThrow(),
                        rs.getObject(2, LocalDate.class), rs.getString(3), Line.HELPLINE, "forgotten-batch"))
                .one());
        assertThat(asked).isInstanceOf(RemailOutcome.Queued.class);
        long batch = app.getBean(RemailWorker.class).printNextBatch("worker").orElseThrow().id();
        printedDaysAgo(batch, 12);

        signIn("staff", STAFF_PASSWORD);
        browser.get(base + "/console/batches");
        assertThat(browser.findElements(By.id("unmailed-warning"))).as("staff see no warning").isEmpty();
        assertThat(text("#batch-" + batch)).contains("Ready for the mail house; erased");
        signOutInThePage();

        signIn("supervisor", SUPERVISOR_PASSWORD);
        assertThat(text("#unmailed-warning")).contains("Batch " + batch, "If the letters went out, mark the batch mailed");
        follow(By.cssSelector("#unmailed-" + batch + " a"));
        assertThat(text("#batch-" + batch)).contains("Ready for the mail house; erased");

        printedDaysAgo(batch, 15);
        assertThat(app.getBean(UnmailedBatches.class).eraseExpired()).isEqualTo(1);
        browser.get(base + "/console/batches");
        assertThat(browser.findElements(By.id("unmailed-warning"))).isEmpty();
        assertThat(text("#batch-" + batch)).contains("Never marked mailed: erased", "requests cancelled", "Erased");
        assertThat(browser.findElements(By.id("mailed-" + batch))).isEmpty();
        assertThat(browser.findElements(By.id("download-" + batch))).isEmpty();
        assertThat(openRequests(parent)).isZero();
        browser.get(base + "/console/audit?user=system");
        assertThat(text("#audit")).contains("Erased a batch never marked mailed", "not mailed", "Cancelled a PIN letter",
                "batch not mailed");
    }

    private static void printedDaysAgo(long batch, int days) {
        jdbi.useHandle(h -> h.createUpdate("update ivr.print_batch set created_at = now() - make_interval(days => ?) where id = ?")
                .bind(0, days).bind(1, batch).execute());
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void aSupervisorReadsALongAuditTrailAndALongQueuePastTheNewestPage() throws IOException {
        StaffAuditTrail trail = app.getBean(StaffAuditTrail.class);
        for (int i = 0; i < 305; i++) {
            trail.record(new Staff("pager", StaffRole.STAFF), StaffAction.of("case_searched"));
        }
        jdbi.useHandle(h -> h.execute("""
                insert into ivr.remail_request (person_id, case_id, requested_at, channel, requested_by, reason, status, status_changed_at)
                select cp.person_id, cp.case_id, now() - interval '40 days' + g * interval '1 minute', 'staff', 'pager', 'paging',
                       'CANCELLED', now()
                  from (select person_id, case_id from ledger.case_participant order by case_id limit 1) cp,
                       generate_series(1, 205) g"""));
        int cancelled = jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.remail_request where status = 'CANCELLED'")
                .mapTo(Integer.class).one());
        signIn("supervisor", SUPERVISOR_PASSWORD);

        browser.get(base + "/console/audit?user=pager");
        List<String> newest = cells("#audit tbody tr td:nth-child(2)");
        assertThat(newest).hasSize(300).allMatch(who -> who.startsWith("pager"));
        assertThat(browser.findElements(By.id("newest"))).isEmpty();
        follow(By.id("older"));
        List<String> older = cells("#audit tbody tr td:nth-child(2)");
        assertThat(older).as("the 5 entries after the newest 300, the filter kept").hasSize(5).allMatch(who -> who.startsWith("pager"));
        assertThat(browser.findElements(By.id("older"))).as("nothing older").isEmpty();
        follow(By.id("newest"));
        assertThat(cells("#audit tbody tr td:nth-child(2)")).hasSize(300);

        browser.get(base + "/console/queue?status=CANCELLED");
        List<Long> firstPage = cells("#requests tbody tr td:nth-child(1)").stream().map(Long::valueOf).toList();
        assertThat(firstPage).hasSize(200);
        follow(By.id("older"));
        List<Long> secondPage = cells("#requests tbody tr td:nth-child(1)").stream().map(Long::valueOf).toList();
        assertThat(secondPage).as("the rest of the cancelled requests").hasSize(cancelled - 200).doesNotContainAnyElementsOf(firstPage);
        assertThat(browser.findElements(By.cssSelector("#requests .status")).stream().map(WebElement::getText))
                .as("the filter kept").allMatch(status -> status.equals("Cancelled"));
        screenshot("queue-older-page");
    }

    /**
     * Someone guessing a password: after five failures for one user name, that name cannot sign in, the
     * right password included, and the page says to wait; after twenty failures from one computer, under
     * any names, no one can sign in from it. Both are in the audit trail. Runs last: it leaves this
     * machine throttled for the window (15 minutes) on this test's server.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void repeatedFailedSignInsStopTheUserNameThenTheComputerEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            signIn("staff", "guess-" + i);
        }
        signIn("staff", STAFF_PASSWORD);
        assertThat(text("#problem")).contains("Too many sign-ins have failed").contains("wait 15 minutes");
        assertThat(browser.findElements(By.id("signed-in-as"))).as("signed in").isEmpty();
        assertThat(auditRows("sign_in", "throttled")).as("the stopped sign-in is in the audit trail").isPositive();

        // Under names with no failures of their own, until the computer's own count stops them.
        int names = 0;
        while (true) {
            signIn("clerk" + names, "guess");
            names++;
            if (text("#problem").contains("Too many sign-ins have failed") || names > 20) {
                break;
            }
        }
        assertThat(names).as("sign-ins under new names before the computer was stopped").isBetween(2, 20);
        signIn("supervisor", SUPERVISOR_PASSWORD);
        assertThat(text("#problem")).contains("Too many sign-ins have failed");
        assertThat(browser.findElements(By.id("signed-in-as"))).as("signed in").isEmpty();
    }

    @Test
    void staffQueueALetterPrintTheQueueDownloadTheBatchAndMarkItMailed() throws Exception {
        signIn("staff", STAFF_PASSWORD);
        assertThat(text("#signed-in-as")).isEqualTo("staff");

        browser.findElement(By.id("number")).sendKeys("523-629-5464");
        browser.findElement(By.id("find")).click();
        assertThat(text("#case-title")).isEqualTo("Case 523-629-5464");
        assertThat(text("table.parties")).contains("Tyrone Brown", "Noncustodial parent", "Jose Russo", "Custodial parent")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("SSN");
        long tyrone = personId("Tyrone", "Brown");
        screenshot("1-case");

        browser.findElement(By.id("reason-" + tyrone)).sendKeys("Parent at the counter: letter lost in a move");
        submitAndConfirm(By.id("remail-" + tyrone));
        assertThat(text("#done")).contains("A new PIN letter for Tyrone Brown is queued");

        browser.findElement(By.linkText("Letter queue")).click();
        WebElement row = browser.findElement(By.cssSelector("#requests tbody tr"));
        assertThat(row.getText()).contains("Tyrone Brown", "Staff: staff", "Parent at the counter", "Queued");
        screenshot("2-queue");

        submitAndConfirm(By.id("print-now"));
        wait.until(ExpectedConditions.urlContains("/console/batches"));
        assertThat(text("#done")).contains("1 letter was printed in 1 batch");
        long batch = jdbi.withHandle(h -> h.createQuery("select max(id) from ivr.print_batch").mapTo(Long.class).one());
        screenshot("3-batches");

        browser.findElement(By.id("download-" + batch)).click();
        Path pdf = awaitDownload("pin-letters-batch-" + batch + ".pdf");
        String letter = ActualTextStripper.text(Files.readAllBytes(pdf));
        assertThat(letter).contains("Tyrone Brown", "Your new PIN for your child support account", "Case number: " + CASE);
        Matcher pin = Pattern.compile("Your new PIN\\s+([0-9]{5})").matcher(letter);
        assertThat(pin.find()).isTrue();
        assertThat(pendingPinIs(tyrone, pin.group(1))).as("the letter's PIN is Tyrone Brown's pending PIN").isTrue();

        submitAndConfirm(By.id("mailed-" + batch));
        assertThat(text("#done")).contains("Batch " + batch + " is marked mailed");
        assertThat(text("#batch-" + batch)).contains("Mailed", "by staff", "Erased");
        assertThat(browser.findElements(By.id("download-" + batch))).isEmpty();

        browser.get(base + "/console/queue?status=MAILED");
        assertThat(text("#requests")).contains("Tyrone Brown", "Mailed");
        screenshot("4-mailed");
        assertThat(auditActions("staff")).contains("remail_requested queued", "queue_printed done",
                "batch_downloaded done", "batch_mailed done", "case_viewed done", "signed_in done");
    }

    /**
     * A signed-in session ends after 15 minutes without a request (server.servlet.session.timeout): the
     * session Tomcat holds for the browser has that limit, and once a session has been idle past its
     * limit the next page is the sign-in page. The wait is shortened on that one session to a second,
     * rather than waiting a quarter of an hour.
     */
    @Test
    void aSessionIdleForFifteenMinutesEndsAndStaffSignInAgain() throws InterruptedException {
        signIn("staff", STAFF_PASSWORD);
        browser.get(base + "/console/queue");
        assertThat(text("#signed-in-as")).isEqualTo("staff");
        Session session = tomcatSession(browser.manage().getCookieNamed("JSESSIONID").getValue());
        assertThat(Duration.ofSeconds(session.getMaxInactiveInterval())).isEqualTo(Duration.ofMinutes(15));

        session.setMaxInactiveInterval(1);
        Thread.sleep(1_500);
        browser.get(base + "/console/queue");

        wait.until(ExpectedConditions.urlContains("/console/login"));
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
    }

    private static Session tomcatSession(String id) {
        TomcatWebServer tomcat = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
        Context console = (Context) tomcat.getTomcat().getHost().findChildren()[0];
        try {
            Session session = console.getManager().findSession(id);
            assertThat(session).as("the browser's session on the server").isNotNull();
            return session;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        signIn("staff", STAFF_PASSWORD);
        browser.get(base + "/console/cases?number=" + CASE);
        long jose = personId("Jose", "Russo");
        browser.findElement(By.id("reason-" + jose)).sendKeys("Forged without a token");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('input[name=_csrf]').forEach(function (input) { input.remove(); });"
                        + "document.querySelectorAll('form[data-confirm]').forEach(function (f) { f.removeAttribute('data-confirm'); });");

        browser.findElement(By.id("remail-" + jose)).click();

        assertThat(text("#refused")).isEqualTo("Not done");
        assertThat(browser.getPageSource()).contains("nothing was changed").doesNotContain("is queued");
        assertThat(openRequests(jose)).isZero();
    }

    @Test
    void onlyASupervisorCancelsARequestOrReadsTheAuditTrail() throws IOException {
        long jose = personId("Jose", "Russo");
        signIn("staff", STAFF_PASSWORD);
        browser.get(base + "/console/cases?number=" + CASE);
        browser.findElement(By.id("reason-" + jose)).sendKeys("Asked at the counter");
        submitAndConfirm(By.id("remail-" + jose));
        long request = jdbi.withHandle(h -> h.createQuery(
                "select id from ivr.remail_request where person_id = ? and status = 'QUEUED'").bind(0, jose).mapTo(Long.class).one());

        browser.get(base + "/console/queue");
        assertThat(browser.findElements(By.id("cancel-" + request))).as("no cancel button for staff").isEmpty();
        // A hand-made form with a valid token, as a member of staff could send it: the server refuses it too.
        String token = browser.findElement(By.cssSelector("input[name=_csrf]")).getAttribute("value");
        ((JavascriptExecutor) browser).executeScript("var f = document.createElement('form'); f.method = 'post';"
                + "f.action = '/console/requests/" + request + "/cancel';"
                + "f.innerHTML = '<input name=reason value=\"not allowed\"><input name=_csrf value=\"" + token + "\">';"
                + "document.body.appendChild(f); f.submit();");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/console/queue")));
        assertThat(text("#refused")).isEqualTo("Not done");
        assertThat(status(request)).isEqualTo("QUEUED");
        browser.get(base + "/console/audit");
        assertThat(browser.getPageSource()).doesNotContain("Audit trail</h1>");
        signOutInThePage();

        signIn("supervisor", SUPERVISOR_PASSWORD);
        browser.get(base + "/console/queue");
        browser.findElement(By.id("cancel-reason-" + request)).sendKeys("Duplicate: parent already has the letter");
        submitAndConfirm(By.id("cancel-" + request));
        assertThat(text("#done")).contains("Request " + request + " is cancelled");
        assertThat(status(request)).isEqualTo("CANCELLED");

        browser.findElement(By.linkText("Audit trail")).click();
        assertThat(text("#audit")).contains("Cancelled a PIN letter", "Duplicate: parent already has the letter", "supervisor",
                "Asked for a PIN letter", "Asked at the counter", "Jose Russo");
        screenshot("5-audit");
    }

    @Test
    void aCaseLockedByWrongPinsOnThePhoneIsShownToStaffAndASupervisorClearsItWithAReason() throws IOException {
        DemoCase locked = DemoDataset.of(DemoDataset.DEFAULT_SEED, 300, YearMonth.now(BusinessCalendar.ZONE)).caseAt(250);
        String number = locked.caseNumber().digits();
        String wrong = locked.custodial().pin().digits().equals("00000") || locked.noncustodial().pin().digits().equals("00000")
                ? "99999" : "00000";
        assertThat(call(number, 3, wrong)).as("three wrong PINs: not locked yet").doesNotContain("en/ocss/verify-locked");
        assertThat(call(number, 2, wrong)).as("the fifth wrong PIN in a row locks it").contains("en/ocss/verify-locked");

        signIn("staff", STAFF_PASSWORD);
        browser.get(base + "/console/cases?number=" + number);
        assertThat(text(".card.locked")).contains("Locked until", "5 failed PIN attempts in the last 24 hours",
                "A supervisor can clear the lock.");
        assertThat(browser.findElements(By.id("unlock"))).as("no clear button for staff").isEmpty();
        signOutInThePage();

        signIn("supervisor", SUPERVISOR_PASSWORD);
        browser.get(base + "/console/cases?number=" + number);
        screenshot("6-locked");
        browser.findElement(By.id("unlock-reason")).sendKeys("Parent came to the office with photo ID");
        submitAndConfirm(By.id("unlock"));
        assertThat(text("#done")).isEqualTo("Phone access to this case is unlocked.");
        assertThat(browser.getPageSource()).contains("Not locked.").doesNotContain("Locked</strong>");

        browser.findElement(By.linkText("Audit trail")).click();
        assertThat(text("#audit")).contains("Cleared a phone lock", "Parent came to the office with photo ID", "supervisor");
        List<String> heard = call(number, 1, locked.custodial().pin().digits());
        assertThat(heard).as("the parent's own PIN works again").contains("en/ocss/verify-done");
    }

    /**
     * A help-line call in English that keys the case number and {@code pin} {@code tries} times, then
     * ends the call (or hangs up at the account menu, if verified); the sounds heard.
     */
    private static List<String> call(String caseNumber, int tries, String pin) {
        ScriptedCaller caller = ScriptedCaller.create().whenHearing("en/ocss/language-option", press("1"))
                .whenHearing("en/ocss/main-menu", press("1"));
        for (int i = 0; i < tries; i++) {
            caller.whenHearing("en/ocss/verify-case_number", press(caseNumber + "#")).whenHearing("en/ocss/verify-pin", press(pin));
        }
        caller.when("the next-step menu or the account menu", turn -> turn.sound("en/ocss/next-menu").isPresent()
                || turn.sound("en/ocss/account-menu-custodial").isPresent(), hangUp());
        CallRecord call = AsteriskSimulator.create().call("127.0.0.1", agiPort,
                CallSetup.forScript("helpline").callerIdNumber("7185550142").build(), caller);
        assertThat(caller.pendingSteps()).isEmpty();
        return call.soundsHeard();
    }

    private void signIn(String user, String password) {
        browser.get(base + "/console/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("sign-in")).click();
        wait.until(replaced(page));
        // Signed in (the console's header) or refused (the sign-in page's message): the POST has been answered.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signed-in-as, #problem")));
    }

    private void signOutInThePage() {
        browser.get(base + "/console/cases");
        browser.findElement(By.cssSelector("form.signout button")).click();
        wait.until(ExpectedConditions.urlContains("/console/login"));
        assertThat(text("#done")).contains("signed out");
    }

    /** Clicks a button whose form asks first, says yes, and waits for the page that answers. */
    private void submitAndConfirm(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(replaced(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#done, #problem")));
    }

    /**
     * The page {@code page} belonged to has been replaced by the next one. Selenium's stalenessOf expects
     * a stale-element error, but Chromium, asked about the old page while it is being replaced, may answer
     * "Node with given id does not belong to the document" instead: that too says the page is gone.
     */
    private static ExpectedCondition<Boolean> replaced(WebElement page) {
        return driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Clicks a link and waits for the page it leads to. */
    private void follow(By link) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(link).click();
        wait.until(replaced(page));
    }

    private List<String> cells(String css) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String text(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static Path awaitDownload(String name) throws Exception {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 100 && !(Files.exists(file) && !partialDownloads()); i++) {
            Thread.sleep(100);
        }
        assertThat(file).as("downloaded to %s", downloads).exists();
        return file;
    }

    private static boolean partialDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(f -> f.toString().endsWith(".crdownload"));
        }
    }

    private static long personId(String first, String last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select p.id from ledger.person p join ledger.case_participant cp on cp.person_id = p.id
                          join ledger.support_case sc on sc.id = cp.case_id
                         where sc.case_number = ? and p.first_name = ? and p.last_name = ?""")
                .bind(0, CASE).bind(1, first).bind(2, last).mapTo(Long.class).one());
    }

    private static boolean pendingPinIs(long personId, String pin) {
        PinHasher hasher = app.getBean(PinHasher.class);
        return jdbi.withHandle(h -> h.createQuery(
                        "select pin_hash, key_version from ledger.pin_credential where person_id = ? and status = 'PENDING'")
                .bind(0, personId)
                .map((rs, ctx) -> hasher.matches(personId, pin, rs.getBytes(1), rs.getInt(2)))
                .one());
    }

    private static int openRequests(long personId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from ivr.remail_request where person_id = ? and status in ('QUEUED', 'PRINTED')")
                .bind(0, personId).mapTo(Integer.class).one());
    }

    private static String status(long requestId) {
        return jdbi.withHandle(h -> h.createQuery("select status from ivr.remail_request where id = ?")
                .bind(0, requestId).mapTo(String.class).one());
    }

    private static int auditRows(String action, String outcome) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.staff_action where action = ? and outcome = ?")
                .bind(0, action).bind(1, outcome).mapTo(Integer.class).one());
    }

    private static List<String> auditActions(String user) {
        return jdbi.withHandle(h -> h.createQuery("select action || ' ' || outcome from ivr.staff_action where staff_user = ?")
                .bind(0, user).mapTo(String.class).list());
    }
}
