package org.kiosque.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.kiosque.movein.ExportFile;
import org.kiosque.movein.MoveInReport;
import org.kiosque.movein.WordPressMove;
import org.kiosque.site.Labels;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-wordpress EXPORT.xml [--uploads=DIR] [--dry-run]}: a WordPress site's
 * export moves in ({@link WordPressMove}); a progress bar on standard error when on a
 * terminal, the report on standard output. Exit status 0 when done (things skipped are in
 * the report), 1 when the export cannot be opened ({@link ExportFile}) or read.
 */
@Command(name = "import-wordpress", mixinStandardHelpOptions = true)
final class ImportWordPressCommand implements KiosqueCommand {

	@Option(names = "--uploads", paramLabel = "${bundle:label.folder}", descriptionKey = "import-wordpress.uploads")
	@Nullable Path uploads;

	@Option(names = "--dry-run", descriptionKey = "import-wordpress.dry-run")
	boolean dryRun;

	@Parameters(arity = "1", paramLabel = "${bundle:label.export}", descriptionKey = "import-wordpress.export")
	@Nullable Path export;

	@Override
	public int run(ApplicationContext application) {
		WordPressMove move = application.getBean(WordPressMove.class);
		Labels labels = application.getBean(Labels.class);
		Path file = java.util.Objects.requireNonNull(export);
		try {
			MoveInReport report = move.run(new WordPressMove.Options(file, uploads, dryRun, true));
			report.print(System.out, labels);
			return 0;
		}
		catch (ExportFile.Unopened unopened) {
			return KiosqueCommand.refuse(unopened.sentence(labels));
		}
		catch (IOException unreadable) {
			return KiosqueCommand
				.refuse(labels.get("movein.unreadable", file, String.valueOf(unreadable.getMessage())));
		}
	}

}
