package org.kiosque.movein;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the final report of a move tells the operator. */
class MoveInReportTests {

	@Test
	void aMissingFileNamedTwiceForOnePostIsNotedOnce() {
		MoveInReport report = new MoveInReport(false);

		report.note("post 1001 « Budget »", "fichier absent : 2019/05/mairie.jpg");
		report.note("post 1001 « Budget »", "fichier absent : 2019/05/mairie.jpg");
		report.note("post 1002 « Port »", "fichier absent : 2019/05/mairie.jpg");

		assertThat(report.notes()).extracting(MoveInReport.Note::what)
			.containsExactly("post 1001 « Budget »", "post 1002 « Port »");
	}

}
