package gov.ocss.ivr.demo;

/**
 * A real street with the ZIP code and postal city of one stretch of it. {@code lowNumber} and
 * {@code highNumber} bound the house numbers; in Queens they bound the first half of the
 * hyphenated number ({@code 37-18 73rd Street}).
 */
record Street(String name, String zip, String city, int lowNumber, int highNumber) {
}
