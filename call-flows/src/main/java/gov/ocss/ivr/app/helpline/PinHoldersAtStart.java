package gov.ocss.ivr.app.helpline;

import gov.ocss.ivr.verification.PinCheck;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the server is up, it reads whose PINs each case's parents hold, on a thread of its own, so that
 * a case's first right PIN since the start is one statement (issue 19), as later ones are. Calls do
 * not wait for it: until it is done a case's first check is made in full, and if the database cannot
 * be read now, it stays so.
 */
final class PinHoldersAtStart implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(PinHoldersAtStart.class);

    private final PinCheck pinCheck;

    PinHoldersAtStart(PinCheck pinCheck) {
        this.pinCheck = pinCheck;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        Thread thread = new Thread(this::learn, "pin-holders");
        thread.setDaemon(true);
        thread.start();
    }

    private void learn() {
        long start = System.nanoTime();
        try {
            int cases = pinCheck.learnPinHolders();
            // Grouped, and in seconds: the log masks a run of five digits or more, as a PIN might be.
            log.info("Learned whose PINs the parents of {} cases hold, in {} s", String.format(Locale.ROOT, "%,d", cases),
                    String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException failed) {
            // Only the failure's kind: the checks are right without this, only slower on a case's first.
            log.warn("Could not learn whose PINs the parents hold ({}); each case's first PIN check is made in full",
                    failed.getClass().getSimpleName());
        }
    }
}
