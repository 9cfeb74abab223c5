package org.kiosque.site;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail address as every feature stores it: trimmed, lower-case and plausibly
 * deliverable. The one check for accounts, comments and the newsletter; the SMTP server
 * judges the rest.
 * <p>
 * The rule is the practical subset of RFC 5322's {@code addr-spec} that mail servers
 * accept, with RFC 5321's length limits: at most {@value #MAX_LENGTH} characters in all
 * (a 256-octet path minus its angle brackets, section 4.5.3.1.3), at most
 * {@value #MAX_LOCAL_PART} before the last {@code @} (4.5.3.1.1). The local part may hold
 * any character but spaces, controls and RFC 5322 specials
 * ({@code " ( ) , : ; < > @ [ \ ]}); quoted local parts are refused. The domain needs at
 * least two labels of letters, digits and inner hyphens, each at most 63 characters (RFC
 * 1035); an internationalised domain (RFC 5890) is checked in its ASCII form and kept as
 * typed.
 *
 * @param value the address, trimmed and lower-case (locale-neutral)
 */
public record EmailAddress(String value) {

	/** Longest address, in characters (RFC 5321 section 4.5.3.1.3). */
	public static final int MAX_LENGTH = 254;

	/** Longest local part, in characters (RFC 5321 section 4.5.3.1.1). */
	public static final int MAX_LOCAL_PART = 64;

	private static final Pattern LOCAL_PART = Pattern.compile("[^\\s\\p{Cntrl}\"(),:;<>@\\[\\\\\\]]+");

	private static final Pattern ASCII_DOMAIN = Pattern
		.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

	/**
	 * @throws IllegalArgumentException when {@code value} is not an address by
	 * {@link #parse}, or not in its normal form
	 */
	public EmailAddress {
		if (!normalize(value).equals(value) || !plausible(value)) {
			throw new IllegalArgumentException("Not a normalised e-mail address");
		}
	}

	/** What came of reading a typed address. */
	public sealed interface Parsed permits Valid, Blank, Invalid {

	}

	/** A usable address. */
	public record Valid(EmailAddress address) implements Parsed {
	}

	/** Nothing typed, or only spaces. */
	public record Blank() implements Parsed {
	}

	/** Something typed that is not an address; {@code typed} is the trimmed input. */
	public record Invalid(String typed) implements Parsed {
	}

	/**
	 * Reads an address as a person typed it: surrounding white space is dropped and the
	 * address lower-cased before it is checked.
	 * @param typed the input, may be {@code null}
	 * @return {@link Valid}, {@link Blank} or {@link Invalid}; never throws
	 */
	public static Parsed parse(@Nullable String typed) {
		String candidate = normalize(typed);
		if (candidate.isEmpty()) {
			return new Blank();
		}
		return plausible(candidate) ? new Valid(new EmailAddress(candidate)) : new Invalid(candidate);
	}

	/**
	 * The address when {@code typed} is one, for callers that need no reason.
	 * @param typed the input, may be {@code null}
	 * @return the address, or empty when {@link #parse} finds it blank or invalid
	 */
	public static Optional<EmailAddress> valid(@Nullable String typed) {
		return parse(typed) instanceof Valid valid ? Optional.of(valid.address()) : Optional.empty();
	}

	/**
	 * The typed address trimmed and lower-cased, checked or not: the key to look an
	 * address up by, and what to show back in a form.
	 * @param typed the input, may be {@code null} (gives {@code ""})
	 */
	public static String normalize(@Nullable String typed) {
		return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean plausible(String address) {
		if (address.length() > MAX_LENGTH) {
			return false;
		}
		int at = address.lastIndexOf('@');
		if (at < 1 || at > MAX_LOCAL_PART || at == address.length() - 1) {
			return false;
		}
		if (!LOCAL_PART.matcher(address.substring(0, at)).matches()) {
			return false;
		}
		String domain = address.substring(at + 1);
		String ascii;
		try {
			ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
		}
		catch (IllegalArgumentException notADomain) {
			return false;
		}
		return ascii.length() <= 253 && ASCII_DOMAIN.matcher(ascii.toLowerCase(Locale.ROOT)).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}
