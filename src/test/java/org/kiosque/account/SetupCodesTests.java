package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Setup codes as stored in the shared database (H2 and PostgreSQL): hashed, typed
 * forgivingly, used once, dead once expired, and every node's code works on any node.
 */
@KiosqueTest
class SetupCodesTests {

	@Autowired
	SetupCodes codes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCodeIsStoredHashedAndWorksOnce() {
		String code = codes.issue();
		assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM setup_code WHERE code_hash = :c")
			.param("c", code)
			.query(Long.class)
			.single()).as("never stored in clear").isZero();

		assertThat(codes.matches(flipped(code))).isFalse();
		assertThat(codes.matches(code.toLowerCase().replace('-', ' '))).as("typed forgivingly").isTrue();
		String other = codes.issue();
		assertThat(codes.matches(code)).as("another node's code does not end this one").isTrue();
		assertThat(codes.use(code)).isTrue();
		assertThat(codes.use(code)).as("used once").isFalse();
		assertThat(codes.matches(other)).isTrue();
		codes.retire(other);
	}

	@Test
	void anExpiredCodeNoLongerWorks() {
		String code = codes.issue();
		// Time moves through the rows: the code was printed two days ago.
		jdbc.sql("UPDATE setup_code SET created_at = created_at - INTERVAL '2' DAY,"
				+ " expires_at = expires_at - INTERVAL '2' DAY")
			.update();
		assertThat(codes.matches(code)).isFalse();
		assertThat(codes.use(code)).isFalse();
	}

	@Test
	void lookAlikeLettersAreReadAsCrockfordSays() {
		assertThat(SetupCodes.normalize("o0-Il-1 ab")).isEqualTo("00111AB");
	}

	private static String flipped(String code) {
		char last = code.charAt(code.length() - 1);
		char other = SetupCodes.ALPHABET.charAt((SetupCodes.ALPHABET.indexOf(last) + 1) % SetupCodes.ALPHABET.length());
		return code.substring(0, code.length() - 1) + other;
	}

}
