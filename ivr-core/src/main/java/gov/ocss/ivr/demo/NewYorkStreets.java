package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.Address;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where demo parents live: real streets with the ZIP codes that go with them, so an address read
 * back on the phone sounds like New York (Manhattan 100xx, Bronx 104xx, Brooklyn 112xx, Queens
 * 111xx to 116xx, Staten Island 103xx). The house numbers and apartments are made up.
 */
final class NewYorkStreets {
    private static final Map<Borough, List<Street>> STREETS = new EnumMap<>(Borough.class);
    // Share of addresses with an apartment: high-rises in Manhattan, houses on Staten Island.
    private static final Map<Borough, Double> APARTMENT_SHARE = Map.of(
            Borough.MANHATTAN, 0.92, Borough.BRONX, 0.85, Borough.BROOKLYN, 0.7,
            Borough.QUEENS, 0.55, Borough.STATEN_ISLAND, 0.25);

    static {
        STREETS.put(Borough.MANHATTAN, List.of(
                new Street("Amsterdam Avenue", "10025", "New York", 800, 1100),
                new Street("Saint Nicholas Avenue", "10032", "New York", 1000, 1300),
                new Street("Broadway", "10033", "New York", 4000, 4300),
                new Street("Lenox Avenue", "10027", "New York", 300, 500),
                new Street("Adam Clayton Powell Jr Boulevard", "10030", "New York", 2300, 2500),
                new Street("East 116th Street", "10029", "New York", 100, 400),
                new Street("Avenue D", "10009", "New York", 10, 200),
                new Street("Dyckman Street", "10034", "New York", 10, 200),
                new Street("Clinton Street", "10002", "New York", 10, 300),
                new Street("West 145th Street", "10031", "New York", 300, 600),
                new Street("Pleasant Avenue", "10035", "New York", 300, 500),
                new Street("Edgecombe Avenue", "10032", "New York", 300, 500)));
        STREETS.put(Borough.BRONX, List.of(
                new Street("Grand Concourse", "10452", "Bronx", 1000, 1400),
                new Street("East Fordham Road", "10458", "Bronx", 300, 700),
                new Street("Southern Boulevard", "10459", "Bronx", 900, 1200),
                new Street("Westchester Avenue", "10462", "Bronx", 1900, 2200),
                new Street("White Plains Road", "10467", "Bronx", 3000, 3500),
                new Street("Pelham Parkway South", "10462", "Bronx", 600, 900),
                new Street("Arthur Avenue", "10458", "Bronx", 2300, 2600),
                new Street("Castle Hill Avenue", "10473", "Bronx", 600, 900),
                new Street("Boston Road", "10460", "Bronx", 1300, 1700),
                new Street("Jerome Avenue", "10468", "Bronx", 2500, 3000),
                new Street("East Tremont Avenue", "10457", "Bronx", 400, 800),
                new Street("Starling Avenue", "10462", "Bronx", 2000, 2200),
                new Street("Allerton Avenue", "10467", "Bronx", 600, 1000)));
        STREETS.put(Borough.BROOKLYN, List.of(
                new Street("Flatbush Avenue", "11226", "Brooklyn", 2000, 2400),
                new Street("Nostrand Avenue", "11216", "Brooklyn", 300, 600),
                new Street("Church Avenue", "11218", "Brooklyn", 100, 500),
                new Street("McDonald Avenue", "11218", "Brooklyn", 200, 600),
                new Street("Coney Island Avenue", "11230", "Brooklyn", 1200, 1800),
                new Street("Pitkin Avenue", "11212", "Brooklyn", 1500, 1900),
                new Street("Pennsylvania Avenue", "11207", "Brooklyn", 300, 900),
                new Street("Fulton Street", "11233", "Brooklyn", 1800, 2200),
                new Street("Utica Avenue", "11203", "Brooklyn", 400, 900),
                new Street("Myrtle Avenue", "11221", "Brooklyn", 1100, 1400),
                new Street("Eastern Parkway", "11213", "Brooklyn", 1100, 1500),
                new Street("Kings Highway", "11229", "Brooklyn", 1000, 1600),
                new Street("Fort Hamilton Parkway", "11219", "Brooklyn", 4000, 5000),
                new Street("Linden Boulevard", "11207", "Brooklyn", 500, 900)));
        STREETS.put(Borough.QUEENS, List.of(
                new Street("37th Avenue", "11372", "Jackson Heights", 70, 89),
                new Street("73rd Street", "11372", "Jackson Heights", 35, 41),
                new Street("Hillside Avenue", "11432", "Jamaica", 160, 179),
                new Street("168th Street", "11432", "Jamaica", 85, 90),
                new Street("Sutphin Boulevard", "11435", "Jamaica", 88, 109),
                new Street("Main Street", "11354", "Flushing", 36, 41),
                new Street("Steinway Street", "11103", "Astoria", 25, 31),
                new Street("31st Avenue", "11106", "Astoria", 21, 36),
                new Street("Roosevelt Avenue", "11368", "Corona", 90, 111),
                new Street("Liberty Avenue", "11419", "South Richmond Hill", 116, 130),
                new Street("Rockaway Boulevard", "11417", "Ozone Park", 75, 99),
                new Street("101st Avenue", "11416", "Ozone Park", 75, 99),
                new Street("Woodhaven Boulevard", "11421", "Woodhaven", 85, 95),
                new Street("Broadway", "11373", "Elmhurst", 81, 90),
                new Street("Farmers Boulevard", "11412", "Saint Albans", 110, 119),
                new Street("21st Street", "11101", "Long Island City", 36, 41),
                new Street("Beach 20th Street", "11691", "Far Rockaway", 10, 22),
                new Street("Beach Channel Drive", "11691", "Far Rockaway", 12, 19)));
        STREETS.put(Borough.STATEN_ISLAND, List.of(
                new Street("Victory Boulevard", "10301", "Staten Island", 100, 600),
                new Street("Forest Avenue", "10310", "Staten Island", 500, 1000),
                new Street("Richmond Avenue", "10314", "Staten Island", 1500, 2600),
                new Street("Castleton Avenue", "10310", "Staten Island", 600, 1100),
                new Street("Port Richmond Avenue", "10302", "Staten Island", 100, 400),
                new Street("Bay Street", "10304", "Staten Island", 400, 900),
                new Street("Hylan Boulevard", "10306", "Staten Island", 2000, 3000),
                new Street("Targee Street", "10304", "Staten Island", 100, 500),
                new Street("Jersey Street", "10301", "Staten Island", 50, 300),
                new Street("Clove Road", "10301", "Staten Island", 100, 700),
                new Street("Arthur Kill Road", "10312", "Staten Island", 3000, 4000),
                new Street("New Dorp Lane", "10306", "Staten Island", 100, 400)));
    }

    private NewYorkStreets() {
    }

    static Address addressIn(Borough borough, DemoRandom random) {
        Street street = random.pick(STREETS.get(borough));
        int number = random.between(street.lowNumber(), street.highNumber());
        String house = borough == Borough.QUEENS
                ? number + "-" + random.digits(1) + random.between(1, 9)
                : Integer.toString(number);
        String unit = random.chance(APARTMENT_SHARE.get(borough)) ? apartment(random) : null;
        return new Address(house + " " + street.name(), unit, street.city(), "NY", street.zip());
    }

    private static String apartment(DemoRandom random) {
        int floor = random.between(1, 14);
        return switch (random.nextInt(3)) {
            case 0 -> "Apt " + floor + (char) ('A' + random.nextInt(8));
            case 1 -> "Apt " + (floor * 100 + random.between(1, 12));
            default -> "Fl " + random.between(1, 3);
        };
    }
}
