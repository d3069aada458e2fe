package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.Address;
import gov.ocss.ivr.ledger.OpeningHours;
import gov.ocss.ivr.ledger.PaymentAddress;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The local offices and the payment address of the demo ledger. Fictional: the addresses are
 * plausible but not the agency's, the phone numbers are in the 555-0100 to 555-0199 range kept for
 * fiction, the e-mail domain is reserved for examples.
 */
final class DemoOffices {
    record DemoOffice(int id, String code, String name, Address address, String phone, String email,
                      boolean isMain, List<OpeningHours> hours) {
    }

    private static final LocalTime OPENS = LocalTime.of(8, 30);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    static final List<DemoOffice> ALL = List.of(
            office(1, "MN", "Manhattan Child Support Office", "120 Lafayette Street, 3rd Floor", "New York", "10013",
                    "2125550100", "manhattan.office@ocss.example.gov", true, false),
            office(2, "BX", "Bronx Child Support Office", "880 Grand Concourse, 2nd Floor", "Bronx", "10451",
                    "7185550110", "bronx.office@ocss.example.gov", false, false),
            office(3, "BK", "Brooklyn Child Support Office", "350 Livingston Street, 5th Floor", "Brooklyn", "11217",
                    "7185550120", "brooklyn.office@ocss.example.gov", false, false),
            // Queens keeps Saturday morning hours for parents who work weekdays.
            office(4, "QN", "Queens Child Support Office", "89-40 Sutphin Boulevard", "Jamaica", "11435",
                    "7185550130", "queens.office@ocss.example.gov", false, true),
            office(5, "SI", "Staten Island Child Support Office", "60 Bay Street, 2nd Floor", "Staten Island", "10301",
                    "7185550140", "statenisland.office@ocss.example.gov", false, false));

    static final PaymentAddress PAYMENT_ADDRESS = new PaymentAddress("NYC Child Support Payment Center",
            new Address("P.O. Box 15000", null, "Albany", "NY", "12212"));

    private DemoOffices() {
    }

    private static DemoOffice office(int id, String code, String name, String street, String city, String zip,
                                     String phone, String email, boolean isMain, boolean saturday) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day = DayOfWeek.MONDAY; day.compareTo(DayOfWeek.FRIDAY) <= 0; day = day.plus(1)) {
            hours.add(new OpeningHours(day, OPENS, CLOSES));
        }
        if (saturday) {
            hours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        return new DemoOffice(id, code, name, new Address(street, null, city, "NY", zip), phone, email, isMain,
                List.copyOf(hours));
    }
}
