package gov.ocss.ivr.demo;

/** The five boroughs. A case is handled by the office of the borough its custodial parent lives in. */
enum Borough {
    MANHATTAN("MN"),
    BRONX("BX"),
    BROOKLYN("BK"),
    QUEENS("QN"),
    STATEN_ISLAND("SI");

    private final String officeCode;

    Borough(String officeCode) {
        this.officeCode = officeCode;
    }

    String officeCode() {
        return officeCode;
    }
}
