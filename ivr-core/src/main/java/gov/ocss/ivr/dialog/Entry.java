package gov.ocss.ivr.dialog;

import java.time.Duration;

/**
 * How to collect one entry: how many keys at most, and how long to wait for the first key and
 * between keys. # always ends an entry early.
 */
public record Entry(int maxKeys, Duration firstKeyTimeout, Duration nextKeyTimeout) {
}
