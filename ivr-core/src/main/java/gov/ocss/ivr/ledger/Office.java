package gov.ocss.ivr.ledger;

import java.time.LocalDateTime;
import java.util.List;

/** A local child support office: where it is, how to reach it, when it is open. */
public record Office(int id, String code, String name, Address address, String phone, String email,
                     List<OpeningHours> hours) {

    /** Whether the office is open at this New York wall-clock time. */
    public boolean isOpenAt(LocalDateTime newYorkTime) {
        return OpeningHours.anyCover(hours, newYorkTime);
    }
}
