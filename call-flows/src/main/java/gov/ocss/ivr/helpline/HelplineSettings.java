package gov.ocss.ivr.helpline;

/** @param agencyName said in the welcome: "Welcome to the {agency} child support help line." */
public record HelplineSettings(String agencyName) {
}
