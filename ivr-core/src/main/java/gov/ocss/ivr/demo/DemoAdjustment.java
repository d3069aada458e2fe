package gov.ocss.ivr.demo;

import java.time.LocalDate;

/** A caseworker's correction: positive raises what is owed, negative lowers it. */
public record DemoAdjustment(LocalDate postedOn, long amountCents, String reason) {
}
