package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one form an old address is stored and matched in. */
class FormerAddressesKeyTests {

	@Test
	void schemeHostTrailingSlashAndFragmentDoNotCount() {
		assertThat(FormerAddresses.key("https://old.example/2019/05/12/slug/")).isEqualTo("/2019/05/12/slug");
		assertThat(FormerAddresses.key("/2019/05/12/slug")).isEqualTo("/2019/05/12/slug");
		assertThat(FormerAddresses.key("http://old.example/blog/?p=12#comments")).isEqualTo("/blog?p=12");
		assertThat(FormerAddresses.key("https://old.example")).isEqualTo("/");
		assertThat(FormerAddresses.key("https://old.example/?p=3")).isEqualTo("/?p=3");
	}

	@Test
	void pathsArePercentDecodedWhateverTheCaseOfTheirEscapes() {
		assertThat(FormerAddresses.key("/%c3%a9t%c3%a9/")).isEqualTo("/été");
		assertThat(FormerAddresses.key("/%C3%A9t%C3%A9")).isEqualTo("/été");
		assertThat(FormerAddresses.key("/a+b/")).isEqualTo("/a+b");
		assertThat(FormerAddresses.key("/100%/")).isEqualTo("/100%");
	}

}
