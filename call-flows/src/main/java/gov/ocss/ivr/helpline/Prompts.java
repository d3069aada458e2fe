package gov.ocss.ivr.helpline;

/**
 * The catalog keys the help line and the TTY line speak (prompts module, {@code catalog/*.properties}).
 * A test checks that every key here is in the catalog and every catalog key is used somewhere.
 */
public final class Prompts {
    public static final String WELCOME = "call.welcome";
    public static final String LANGUAGE_MENU = "language.menu";
    public static final String MENU_HELP = "menu.help";
    public static final String MAIN_MENU = "main.menu";
    public static final String NEXT_MENU = "next.menu";
    public static final String OUTAGE_UNAVAILABLE = "outage.unavailable";
    public static final String OUTAGE_MENU = "outage.menu";

    public static final String VERIFY_CASE_NUMBER = "verify.case_number";
    public static final String VERIFY_CASE_NUMBER_HELP = "verify.case_number_help";
    public static final String VERIFY_CASE_NUMBER_INVALID = "verify.case_number_invalid";
    public static final String VERIFY_PIN = "verify.pin";
    public static final String VERIFY_PIN_HELP = "verify.pin_help";
    public static final String VERIFY_NO_MATCH = "verify.no_match";
    public static final String VERIFY_FAILED = "verify.failed";
    public static final String VERIFY_LOCKED = "verify.locked";
    public static final String VERIFY_TOO_MANY_TRIES = "verify.too_many_tries";
    public static final String VERIFY_BIRTH_DATE_TOO = "verify.birth_date_too";
    public static final String VERIFY_CHECKING = "verify.checking";
    public static final String VERIFY_DONE = "verify.done";

    public static final String CUSTODIAL_MENU = "account.menu.custodial";
    public static final String NONCUSTODIAL_MENU = "account.menu.noncustodial";
    public static final String LIST_MORE = "list.more";

    public static final String DISBURSEMENT_LAST = "disbursement.last";
    public static final String DISBURSEMENT_RECENT = "disbursement.recent";
    public static final String DISBURSEMENT_NONE = "disbursement.none";
    public static final String DISBURSEMENT_NEVER = "disbursement.never";
    public static final String DISBURSEMENT_DIRECT_DEPOSIT = "disbursement.direct_deposit";
    public static final String DISBURSEMENT_DEBIT_CARD = "disbursement.debit_card";
    public static final String DISBURSEMENT_CHECK_MAILED = "disbursement.check_mailed";
    public static final String DISBURSEMENT_CHECK_NOT_MAILED = "disbursement.check_not_mailed";

    public static final String PAYMENT_RECENT = "payment.recent";
    public static final String PAYMENT_NONE = "payment.none";
    /** Followed by the payment method in lower case: {@code payment.check}, {@code payment.cash}... */
    public static final String PAYMENT_BY = "payment.";

    public static final String BALANCE_CURRENT_SUPPORT = "balance.current_support";
    public static final String BALANCE_CURRENT_DUE = "balance.current_due";
    public static final String BALANCE_CURRENT_LATE = "balance.current_late";
    public static final String BALANCE_CURRENT_PAID = "balance.current_paid";
    public static final String BALANCE_PAST_DUE = "balance.past_due";
    public static final String BALANCE_NO_PAST_DUE = "balance.no_past_due";
    public static final String BALANCE_CREDIT = "balance.credit";

    public static final String SUMMARY_CURRENT_SUPPORT = "summary.current_support";
    public static final String SUMMARY_CURRENT_UNPAID = "summary.current_unpaid";
    public static final String SUMMARY_CURRENT_PAID = "summary.current_paid";
    public static final String SUMMARY_PAST_DUE = "summary.past_due";
    public static final String SUMMARY_NO_PAST_DUE = "summary.no_past_due";

    public static final String NOTICE_LATEST = "notice.latest";
    public static final String NOTICE_NONE = "notice.none";

    public static final String PAY_AMOUNT = "pay.amount";
    public static final String PAY_NOTHING_DUE = "pay.nothing_due";
    public static final String PAY_MAIL_TO = "pay.mail_to";
    public static final String PAY_CASE_NUMBER = "pay.case_number";

    public static final String OFFICE_MAIN = "office.main";
    public static final String OFFICE_LOCAL = "office.local";
    public static final String OFFICE_ADDRESS = "office.address";
    public static final String OFFICE_PHONE = "office.phone";
    public static final String OFFICE_EMAIL = "office.email";
    public static final String OFFICE_HOURS = "office.hours";
    public static final String OFFICE_DAYS = "office.days";
    public static final String OFFICE_DAY = "office.day";
    public static final String OFFICE_OPEN_NOW = "office.open_now";
    public static final String OFFICE_CLOSED_NOW = "office.closed_now";

    public static final String REPRESENTATIVE_CLOSED = "representative.closed";

    public static final String REMAIL_INTRO = "remail.intro";
    public static final String REMAIL_BIRTH_DATE = "remail.birth_date";
    public static final String REMAIL_BIRTH_DATE_HELP = "remail.birth_date_help";
    public static final String REMAIL_ZIP = "remail.zip";
    public static final String REMAIL_ZIP_HELP = "remail.zip_help";
    public static final String REMAIL_QUEUED = "remail.queued";
    public static final String REMAIL_ALREADY_REQUESTED = "remail.already_requested";
    public static final String REMAIL_TOO_MANY = "remail.too_many";
    public static final String REMAIL_NOT_CONFIRMED = "remail.not_confirmed";

    private Prompts() {
    }
}
