package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.Disbursement;
import gov.ocss.ivr.ledger.MonthlyNotice;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.ledger.SupportOrder;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.pin.PinStatus;
import java.time.LocalTime;
import java.util.Map;

/**
 * The ledger tables a demo case fills, in loading order (a row's references are loaded before it),
 * and how one case turns into rows of each. Identity ids are left to the database.
 */
enum DemoTable {
    PERSON(false, false, "ledger.person (id, first_name, last_name, date_of_birth, ssn_last4, preferred_language,"
            + " street, unit, city, state, zip)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            for (DemoPerson p : c.newPeople()) {
                rows.number(p.id()).text(p.firstName()).text(p.lastName()).date(p.dateOfBirth()).text(p.ssnLast4())
                        .text(p.language().code()).text(p.address().street()).text(p.address().unit())
                        .text(p.address().city()).text(p.address().state()).text(p.address().zip()).endRow();
            }
        }
    },
    SUPPORT_CASE(false, false, "ledger.support_case (id, case_number, office_id, opened_on)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            rows.number(c.id()).text(c.caseNumber().digits()).number(context.officeIds().get(c.officeCode()))
                    .date(c.openedOn()).endRow();
        }
    },
    CASE_PARTICIPANT(true, false, "ledger.case_participant (case_id, person_id, role)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            rows.number(c.id()).number(c.custodial().id()).text(Role.CUSTODIAL.name()).endRow();
            rows.number(c.id()).number(c.noncustodial().id()).text(Role.NONCUSTODIAL.name()).endRow();
        }
    },
    SUPPORT_ORDER(true, true, "ledger.support_order (id, case_id, kind, amount_cents, frequency, due_day,"
            + " effective_from, effective_to)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            for (SupportOrder o : c.orders()) {
                rows.number(o.id()).number(c.id()).text(o.kind()).number(o.monthlyAmount().cents()).text("MONTHLY")
                        .number(o.dueDay()).date(o.effectiveFrom()).date(o.effectiveTo().orElse(null)).endRow();
            }
        }
    },
    PIN_CREDENTIAL(true, false, "ledger.pin_credential (person_id, pin_hash, key_version, status, issued_at)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            PinHasher hasher = context.hasher();
            for (DemoPerson p : c.newPeople()) {
                rows.number(p.id()).bytes(hasher.hash(p.id(), p.pin().digits())).number(hasher.currentVersion())
                        .text(PinStatus.ACTIVE.name()).timestamp(p.pinIssuedOn().atTime(PIN_LETTERS_PRINTED)
                                .atZone(BusinessCalendar.ZONE).toOffsetDateTime())
                        .endRow();
            }
        }
    },
    CHARGE(true, true, "ledger.charge (case_id, order_id, period, posted_on, due_on, amount_cents)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            for (DemoCharge charge : c.charges()) {
                rows.number(c.id()).number(charge.orderId()).date(charge.period()).date(charge.postedOn())
                        .date(charge.dueOn()).number(charge.amountCents()).endRow();
            }
        }
    },
    PAYMENT(true, true, "ledger.payment (case_id, payer_id, received_on, amount_cents, method)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            for (Payment p : c.payments()) {
                rows.number(c.id()).number(c.noncustodial().id()).date(p.receivedOn()).number(p.amount().cents())
                        .text(p.method().name()).endRow();
            }
        }
    },
    DISBURSEMENT(true, true, "ledger.disbursement (case_id, payee_id, issued_on, amount_cents, method,"
            + " check_mailed_on)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            for (Disbursement d : c.disbursements()) {
                rows.number(c.id()).number(c.custodial().id()).date(d.issuedOn()).number(d.amount().cents())
                        .text(d.method().name()).date(d.checkMailedOn().orElse(null)).endRow();
            }
        }
    },
    ADJUSTMENT(true, true, "ledger.adjustment (case_id, posted_on, amount_cents, reason)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            for (DemoAdjustment a : c.adjustments()) {
                rows.number(c.id()).date(a.postedOn()).number(a.amountCents()).text(a.reason()).endRow();
            }
        }
    },
    MONTHLY_NOTICE(true, true, "ledger.monthly_notice (case_id, period, issued_on, amount_due_cents, amount_paid_cents,"
            + " arrears_cents)") {
        @Override
        void write(DemoCase c, CopyRows rows, Context context) {
            for (MonthlyNotice n : c.notices()) {
                rows.number(c.id()).date(n.period()).date(n.issuedOn()).number(n.amountDue().cents())
                        .number(n.amountPaid().cents()).number(n.arrears().cents()).endRow();
            }
        }
    };

    private static final LocalTime PIN_LETTERS_PRINTED = LocalTime.of(10, 0);

    /** What rows need beyond the case: the office ids of this database and the PIN hasher. */
    record Context(Map<String, Integer> officeIds, PinHasher hasher) {
    }

    private final boolean ownedByTheLoad;
    private final boolean fromMoney;
    private final String target;

    DemoTable(boolean ownedByTheLoad, boolean fromMoney, String target) {
        this.ownedByTheLoad = ownedByTheLoad;
        this.fromMoney = fromMoney;
        this.target = target;
    }

    /** Whether the rows come from a case's orders and money, or only from its people and number. */
    boolean fromMoney() {
        return fromMoney;
    }

    /**
     * Whether only the ledger's own loaded tables refer to this one, so the load may truncate it
     * (it is empty anyway) and then COPY into it with FREEZE and, at {@code wal_level = minimal},
     * without writing WAL. People and cases are referred to by the phone service's tables.
     */
    boolean ownedByTheLoad() {
        return ownedByTheLoad;
    }

    /** The table name as {@code ledger.x}. */
    String tableName() {
        return target.substring(0, target.indexOf(' '));
    }

    String copyStatement() {
        return "COPY " + target + " FROM STDIN" + (ownedByTheLoad ? " WITH (FREEZE)" : "");
    }

    abstract void write(DemoCase c, CopyRows rows, Context context);
}
