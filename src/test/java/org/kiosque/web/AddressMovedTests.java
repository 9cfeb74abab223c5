package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** Where an old address leads: its slug's segment replaced, and only that one. */
class AddressMovedTests {

	@Test
	void theSlugsSegmentIsReplacedWhereverItStands() {
		assertThat(new AddressMoved("monde", "international").movedPath("/section/monde"))
			.isEqualTo("/section/international");
		assertThat(new AddressMoved("monde", "international").movedPath("/section/monde/feed.xml"))
			.isEqualTo("/section/international/feed.xml");
		assertThat(new AddressMoved("12-old", "12-new").movedPath("/auteur/12-old")).isEqualTo("/auteur/12-new");
	}

	@Test
	void aSlugThatEqualsTheFixedWordBeforeItIsStillTheOneReplaced() {
		assertThat(new AddressMoved("section", "rubrique").movedPath("/section/section/feed.xml"))
			.isEqualTo("/section/rubrique/feed.xml");
		assertThat(new AddressMoved("tag", "mot").movedPath("/tag/tag")).isEqualTo("/tag/mot");
		assertThat(new AddressMoved("monde", "x").movedPath("/section/mondes")).isEqualTo("/section/mondes");
	}

	@Test
	void aSlugThatNamesNothingIsA404() {
		assertThat(AddressMoved.orNotFound("a", Optional.empty())).isInstanceOf(ResponseStatusException.class);
		assertThat(AddressMoved.orNotFound("a", Optional.of("b"))).isInstanceOf(AddressMoved.class);
	}

}
