package org.kiosque.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleStatus;
import org.kiosque.ingest.DispatchImport;
import org.kiosque.ingest.DispatchImport.AlreadyThere;
import org.kiosque.ingest.DispatchImport.Imported;
import org.kiosque.ingest.DispatchImport.Outcome;
import org.kiosque.ingest.DispatchImport.Rejected;
import org.kiosque.site.Labels;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import [--draft] [--section=SLUG] [--image=FILE] FILE...}: one line per file on
 * standard output (its public address) or, when refused, {@code file : reason} on
 * standard error. A refused file does not stop the others; the exit status then is 1. A
 * picture of the same name beside a dispatch ({@code .jpg}, {@code .png}, {@code .webp}),
 * else the {@code --image}, becomes its lead picture.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements KiosqueCommand {

	@Option(names = "--draft", descriptionKey = "import.draft")
	boolean draft;

	@Option(names = "--section", paramLabel = "${bundle:label.slug}", descriptionKey = "import.section")
	@Nullable String section;

	@Option(names = "--image", paramLabel = "${bundle:label.file}", descriptionKey = "import.image")
	@Nullable Path image;

	@Parameters(arity = "1..*", paramLabel = "${bundle:label.file}", descriptionKey = "import.files")
	List<Path> files = new ArrayList<>();

	/** It prints each published article's address. */
	@Override
	public boolean writesAddresses() {
		return true;
	}

	@Override
	public int run(ApplicationContext application) {
		DispatchImport importer = application.getBean(DispatchImport.class);
		Labels labels = application.getBean(Labels.class);
		DispatchImport.Options options = new DispatchImport.Options(draft, section, image);
		PrintStream out = System.out;
		PrintStream err = System.err;
		int status = 0;
		for (Path file : files) {
			String name = file.toString();
			Outcome outcome = importer.importFile(file, options);
			switch (outcome) {
				case Imported i -> out.println(labels.get(imported(i.status()), name, i.url()));
				case AlreadyThere a when a.url() != null -> out.println(labels.get("ingest.already", name, a.url()));
				case AlreadyThere a ->
					out.println(labels.get("ingest.already-unpublished", name, String.valueOf(a.articleId())));
				case Rejected r -> {
					err.println(labels.get("ingest.file-rejected", name,
							labels.get(r.reason().reason().key(), r.reason().details())));
					status = 1;
				}
			}
		}
		out.flush();
		err.flush();
		return status;
	}

	private static String imported(ArticleStatus status) {
		return switch (status) {
			case PUBLISHED -> "ingest.imported";
			case SCHEDULED -> "ingest.imported-scheduled";
			case DRAFT, IN_REVIEW, UNPUBLISHED -> "ingest.imported-draft";
		};
	}

}
