package org.kiosque.site;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+33 1 23", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")" })
	void formulasGetAnApostrophe(String cell) {
		assertThat(CsvWriter.defused(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Budget", "1+1=2", "a=b", "-12", "3.5", "-0.25", "lea@exemple.fr", "" })
	void otherCellsStayAsTheyAre(String cell) {
		assertThat(CsvWriter.defused(cell)).isEqualTo(cell);
	}

	@Test
	void nullIsAnEmptyCell() {
		assertThat(CsvWriter.defused(null)).isEmpty();
	}

	@Test
	void quotesOnlyWhatMustBeQuoted() {
		StringBuilder out = new StringBuilder();
		new CsvWriter(out).row(List.of("id", "titre")).row(List.of(7, "Budget, « le plus dur » selon \"Bercy\""));
		assertThat(out).hasToString("id,titre\r\n7,\"Budget, « le plus dur » selon \"\"Bercy\"\"\"\r\n");
	}

	@Test
	void lineBreaksStayInsideTheirCell() {
		StringBuilder out = new StringBuilder();
		new CsvWriter(out).row(List.of("deux\nlignes", "x"));
		assertThat(out).hasToString("\"deux\nlignes\",x\r\n");
	}

	@Test
	void aFormulaIsDefusedBeforeItIsQuoted() {
		StringBuilder out = new StringBuilder();
		new CsvWriter(out).row(List.of("=1+1, n’est-ce pas", "@x"));
		assertThat(out).hasToString("\"'=1+1, n’est-ce pas\",'@x\r\n");
	}

	@Test
	void quotedCellsAreAlwaysQuotedAndNullStaysEmpty() {
		StringBuilder out = new StringBuilder();
		new CsvWriter(out).quoted("lea@exemple.fr").quoted(null).cell("CONFIRMED").quoted("=cmd").end();
		assertThat(out).hasToString("\"lea@exemple.fr\",,CONFIRMED,\"'=cmd\"\r\n");
	}

	@Test
	void nullCellsInARowAreEmpty() {
		StringBuilder out = new StringBuilder();
		new CsvWriter(out).row(Arrays.asList("a", null, "b"));
		assertThat(out).hasToString("a,,b\r\n");
	}

}
