package org.kiosque.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "lea@exemple.fr", "l.martin+kiosque@exemple.fr", "a@b.co", "o'brien@mail.example.org",
			"x_y-z@sous-domaine.exemple.com", "léa@exemple.fr", "lea@café.fr", "lea@例え.テスト" })
	void acceptsAddressesPeopleHave(String typed) {
		assertThat(EmailAddress.parse(typed)).isInstanceOf(EmailAddress.Valid.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "lea", "lea@", "@exemple.fr", "lea@exemple", "lea@@exemple.fr", "lea@exemple..fr",
			"le a@exemple.fr", "lea@exem ple.fr", "\"lea\"@exemple.fr", "lea@-exemple.fr", "lea@exemple-.fr",
			"<lea@exemple.fr>", "lea@exemple.fr,bob@exemple.fr", "lea;bob@exemple.fr", "lea@[127.0.0.1]",
			"lea@exemple.fr.", "lea\n@exemple.fr", "lea@exemple_.fr" })
	void refusesWhatIsNotAnAddress(String typed) {
		assertThat(EmailAddress.parse(typed)).isInstanceOf(EmailAddress.Invalid.class);
	}

	@Test
	void blankIsNotInvalid() {
		assertThat(EmailAddress.parse(null)).isInstanceOf(EmailAddress.Blank.class);
		assertThat(EmailAddress.parse("")).isInstanceOf(EmailAddress.Blank.class);
		assertThat(EmailAddress.parse(" \t ")).isInstanceOf(EmailAddress.Blank.class);
	}

	@Test
	void trimsAndLowerCases() {
		assertThat(EmailAddress.parse("  Lea.Martin@Exemple.FR \n"))
			.isEqualTo(new EmailAddress.Valid(new EmailAddress("lea.martin@exemple.fr")));
		assertThat(EmailAddress.normalize(" Lea@EXEMPLE.fr ")).isEqualTo("lea@exemple.fr");
		assertThat(EmailAddress.parse(" pas une adresse ")).isEqualTo(new EmailAddress.Invalid("pas une adresse"));
	}

	@Test
	void localPartUpToSixtyFourCharacters() {
		assertThat(EmailAddress.parse("a".repeat(64) + "@exemple.fr")).isInstanceOf(EmailAddress.Valid.class);
		assertThat(EmailAddress.parse("a".repeat(65) + "@exemple.fr")).isInstanceOf(EmailAddress.Invalid.class);
	}

	@Test
	void wholeAddressUpTo254Characters() {
		String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(60) + ".fr";
		String fits = "a".repeat(254 - domain.length() - 1) + "@" + domain;
		assertThat(fits).hasSize(254);
		assertThat(EmailAddress.parse(fits)).isInstanceOf(EmailAddress.Valid.class);
		assertThat(EmailAddress.parse("a" + fits)).isInstanceOf(EmailAddress.Invalid.class);
	}

	@Test
	void domainLabelsUpToSixtyThreeCharacters() {
		assertThat(EmailAddress.parse("a@" + "b".repeat(63) + ".fr")).isInstanceOf(EmailAddress.Valid.class);
		assertThat(EmailAddress.parse("a@" + "b".repeat(64) + ".fr")).isInstanceOf(EmailAddress.Invalid.class);
	}

	@Test
	void theConstructorTakesOnlyNormalisedAddresses() {
		assertThat(new EmailAddress("lea@exemple.fr").value()).isEqualTo("lea@exemple.fr");
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("Lea@exemple.fr"));
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("lea"));
	}

}
