package org.kiosque.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.kiosque.movein.ExportFile;
import org.kiosque.movein.ghost.GhostExportRefused;
import org.kiosque.movein.ghost.GhostMove;
import org.kiosque.site.Labels;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-ghost EXPORT.json [--images=DIR] [--dry-run]}: brings a Ghost site in
 * ({@link GhostMove}), a progress bar on a terminal, then the report on standard output.
 * Exit status 0 when done (things skipped are in the report), 1 when the file cannot be
 * opened ({@link ExportFile}) or is no Ghost export (nothing written).
 */
@Command(name = "import-ghost", mixinStandardHelpOptions = true)
final class ImportGhostCommand implements KiosqueCommand {

	@Parameters(index = "0", paramLabel = "EXPORT.json", descriptionKey = "import-ghost.export")
	Path export = Path.of("");

	@Option(names = "--images", paramLabel = "DIR", descriptionKey = "import-ghost.images")
	@Nullable Path images;

	@Option(names = "--dry-run", descriptionKey = "import-ghost.dry-run")
	boolean dryRun;

	@Override
	public int run(ApplicationContext application) {
		GhostMove move = application.getBean(GhostMove.class);
		Labels labels = application.getBean(Labels.class);
		PrintStream out = System.out;
		GhostMove.Moved moved;
		try {
			moved = move.run(export, images, dryRun);
		}
		catch (ExportFile.Unopened unopened) {
			return KiosqueCommand.refuse(unopened.sentence(labels));
		}
		catch (GhostExportRefused refused) {
			return KiosqueCommand
				.refuse(labels.get("movein.ghost.refused", labels.get(refused.reason().key(), refused.detail())));
		}
		moved.report().print(out, labels);
		GhostMove.Members members = moved.members();
		out.println(labels.get("movein.ghost.members", members.subscribed(), members.already(),
				members.withoutConsent(), members.invalid()));
		out.flush();
		return 0;
	}

}
