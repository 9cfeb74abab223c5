package org.kiosque.wires;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

import org.jspecify.annotations.Nullable;

/**
 * The instants agencies write: ISO 8601 / XML Schema {@code dateTime} in extended form
 * ({@code 2026-01-30T10:15:00+01:00}, {@code …Z}, with or without seconds and fractions),
 * its basic form as NITF's {@code norm} attributes use it ({@code 20260130T101500+0100}),
 * and a bare date. A time without an offset is taken as UTC, as IPTC recommends reading
 * it; a bare date as its midnight UTC.
 */
final class WireDates {

	private static final DateTimeFormatter BASIC = new DateTimeFormatterBuilder().appendPattern("yyyyMMdd'T'HHmm")
		.optionalStart()
		.appendPattern("ss")
		.optionalEnd()
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.toFormatter();

	private WireDates() {
	}

	/**
	 * The instant a text names, {@code null} for blank text.
	 * @throws WireRefused {@code bad-date} when the text is no date of these forms
	 */
	static @Nullable Instant instant(@Nullable String text) throws WireRefused {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			// Next form.
		}
		try {
			return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException notLocal) {
			// Next form.
		}
		try {
			var parsed = BASIC.parse(value);
			LocalDateTime local = LocalDateTime.from(parsed);
			ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed)
					: ZoneOffset.UTC;
			return local.toInstant(offset);
		}
		catch (java.time.DateTimeException notBasic) {
			// Next form.
		}
		try {
			return LocalDate
				.parse(value.length() == 8
						? value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6) : value)
				.atStartOfDay(ZoneOffset.UTC)
				.toInstant();
		}
		catch (DateTimeParseException notDate) {
			throw new WireRefused("bad-date", value);
		}
	}

	/**
	 * A version number as agencies write it ({@code 2}, {@code "2"}); {@code 0} for
	 * blank.
	 * @throws WireRefused {@code bad-version} for anything but a whole number from 0
	 */
	static int version(@Nullable String text) throws WireRefused {
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			int version = Integer.parseInt(text.strip());
			if (version < 0) {
				throw new WireRefused("bad-version", text.strip());
			}
			return version;
		}
		catch (NumberFormatException e) {
			throw new WireRefused("bad-version", text.strip());
		}
	}

	/**
	 * IPTC's publishing status ({@code usable}, {@code stat:withheld}, {@code canceled}
	 * or {@code cancelled}, NITF's {@code embargoed} which is usable at its release
	 * time); usable when blank.
	 * @throws WireRefused {@code bad-status} for any other value
	 */
	static WireStatus status(@Nullable String text) throws WireRefused {
		if (text == null || text.isBlank()) {
			return WireStatus.USABLE;
		}
		String value = text.strip().toLowerCase(java.util.Locale.ROOT);
		value = value.substring(value.indexOf(':') + 1);
		return switch (value) {
			case "usable", "embargoed" -> WireStatus.USABLE;
			case "withheld" -> WireStatus.WITHHELD;
			case "canceled", "cancelled" -> WireStatus.CANCELED;
			default -> throw new WireRefused("bad-status", text.strip());
		};
	}

}
