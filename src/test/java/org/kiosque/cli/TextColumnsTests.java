package org.kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A command's list keeps its columns in line whatever its values' lengths. */
class TextColumnsTests {

	@Test
	void eachColumnIsAsWideAsItsLongestValueAndTheLastIsNotPadded() {
		String address = "redaction.correspondance.permanente.bruxelles@agence-exemple.eu";
		assertThat(TextColumns.lines(List.of(List.of("ADRESSE", "RÔLE", "ÉTAT", "NOM"),
				List.of("chef@exemple.fr", "ADMIN", "actif", "Cheffe de rédaction"),
				List.of(address, "CONTRIBUTOR", "désactivé", "Bureau de Bruxelles"))))
			.containsExactly("ADRESSE" + " ".repeat(57) + "RÔLE        ÉTAT      NOM",
					"chef@exemple.fr" + " ".repeat(49) + "ADMIN       actif     Cheffe de rédaction",
					address + " CONTRIBUTOR désactivé Bureau de Bruxelles");
	}

}
