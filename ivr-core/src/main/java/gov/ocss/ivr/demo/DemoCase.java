package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Disbursement;
import gov.ocss.ivr.ledger.MonthlyNotice;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.ledger.SupportOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One demo case with everything the ledger holds about it. Payments come from the noncustodial
 * parent; each is passed on to the custodial parent as one disbursement of the same amount.
 *
 * @param officeCode the local office of the custodial parent's borough
 * @param newPeople  the participants who appear here for the first time in the dataset: the
 *                   person rows (and PIN credentials) belong to the case that introduces them
 */
public record DemoCase(long id, CaseNumber caseNumber, String officeCode, LocalDate openedOn,
                       DemoPerson custodial, DemoPerson noncustodial, List<DemoPerson> newPeople,
                       List<SupportOrder> orders, List<DemoCharge> charges, List<Payment> payments,
                       List<Disbursement> disbursements, List<DemoAdjustment> adjustments,
                       List<MonthlyNotice> notices) {

    public DemoPerson personIn(Role role) {
        return role == Role.CUSTODIAL ? custodial : noncustodial;
    }

    /** Short enough for a log line; the case number masked, no PINs. */
    @Override
    public String toString() {
        return "DemoCase[id=" + id + ", " + caseNumber + ", office=" + officeCode
                + ", custodial=" + custodial + ", noncustodial=" + noncustodial + "]";
    }
}
