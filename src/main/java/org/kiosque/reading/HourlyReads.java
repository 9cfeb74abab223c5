package org.kiosque.reading;

import java.time.Instant;

/** An article's reads in the hour that starts at {@code hour}. */
record HourlyReads(Instant hour, long reads) {
}
