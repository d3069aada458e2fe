package gov.ocss.ivr.helpline.account;

import java.time.LocalDate;

/** "Recent" on the phone is what the portal shows: the last 60 days. */
final class RecentWindow {
    static final int DAYS = 60;
    /** More than anyone is paid or pays in 60 days, even weekly; the list is read five at a time. */
    static final int MOST_ITEMS = 40;

    private RecentWindow() {
    }

    static boolean includes(LocalDate day, LocalDate today) {
        return !day.isBefore(today.minusDays(DAYS));
    }
}
