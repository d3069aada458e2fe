package gov.ocss.ivr.demo;

import java.time.LocalDate;

/** One order's monthly charge. */
public record DemoCharge(long orderId, LocalDate period, LocalDate postedOn, LocalDate dueOn, long amountCents) {
}
