package org.kiosque.newsletter;

import org.junit.jupiter.api.Test;
import org.kiosque.site.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscribe form's rule, without Spring. */
class SignupFormTests {

	@Test
	void anAddressIsRequiredAndMustBeOne() {
		assertThat(SignupForm.problems(EmailAddress.parse(" ")).key("email")).isEqualTo("newsletter.error.empty");
		assertThat(SignupForm.problems(EmailAddress.parse("lea@")).key("email")).isEqualTo("newsletter.error.invalid");
		assertThat(SignupForm.problems(EmailAddress.parse("Lea@Exemple.fr")).isEmpty()).isTrue();
	}

}
