package gov.ocss.ivr.verification;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.pin.PinCredential;
import gov.ocss.ivr.pin.PinStatus;
import gov.ocss.ivr.verification.CheckFacts.Credential;
import gov.ocss.ivr.verification.KnownParents.Holder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a server keeps in mind of whose PINs a case's parents hold, and how it stays bounded. */
class KnownParentsTest {
    private final KnownParents known = new KnownParents(10);

    @Test
    void learningAtStartLeavesATenthOfTheRoomForTheCasesCallersBringLater() {
        int learned = 0;
        for (int i = 1; i <= 20 && known.learn(caseNumber(i).digits(), List.of(new Holder(i, 1))); i++) {
            learned++;
        }

        assertThat(learned).isEqualTo(9);
        known.remember(caseNumber(100), List.of(credential(100, 1)));
        assertThat(known.size()).isEqualTo(10);
        assertThat(known.of(caseNumber(1))).contains(List.of(new Holder(1, 1)));
    }

    @Test
    void aCaseReadAfreshWhenFullTakesItsOwnPlaceAndForgetsNoOther() {
        for (int i = 1; i <= 10; i++) {
            known.remember(caseNumber(i), List.of(credential(i, 1)));
        }

        known.remember(caseNumber(3), List.of(credential(3, 2), credential(33, 2)));

        assertThat(known.size()).isEqualTo(10);
        assertThat(known.of(caseNumber(3))).contains(List.of(new Holder(3, 2), new Holder(33, 2)));
        assertThat(known.of(caseNumber(7))).contains(List.of(new Holder(7, 1)));
    }

    @Test
    void aNewCaseWhenFullStartsAgainFromIt() {
        for (int i = 1; i <= 10; i++) {
            known.remember(caseNumber(i), List.of(credential(i, 1)));
        }

        known.remember(caseNumber(11), List.of(credential(11, 1)));

        assertThat(known.size()).isEqualTo(1);
        assertThat(known.of(caseNumber(11))).contains(List.of(new Holder(11, 1)));
    }

    @Test
    void whatACheckReadIsNewerThanWhatTheStartLearned() {
        known.remember(caseNumber(5), List.of(credential(5, 2)));

        known.learn(caseNumber(5).digits(), List.of(new Holder(5, 1)));

        assertThat(known.of(caseNumber(5))).contains(List.of(new Holder(5, 2)));
    }

    private static CaseNumber caseNumber(int i) {
        return CaseNumber.withCheckDigit(200_000_000L + i);
    }

    private static Credential credential(long personId, int keyVersion) {
        return new Credential(null, new PinCredential(personId * 10, personId, PinStatus.ACTIVE, new byte[32], keyVersion));
    }
}
