package org.kiosque.cli;

import org.kiosque.search.SearchRebuild;
import org.kiosque.site.Labels;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;

/**
 * {@code search rebuild}: asks every node to rebuild its search index from the database
 * (through the change log, {@link SearchRebuild}); a node that is not running does it at
 * its next start. Help in {@code messages/cli-help*.properties}, what it prints in
 * {@code messages/cli*.properties}.
 */
@Command(name = "search", mixinStandardHelpOptions = true, subcommands = { SearchCommand.Rebuild.class })
final class SearchCommand implements KiosqueCommand.Group {

	@Override
	public Integer call() {
		return 0;
	}

	@Command(name = "rebuild", mixinStandardHelpOptions = true)
	static final class Rebuild implements KiosqueCommand {

		@Override
		public int run(ApplicationContext application) {
			application.getBean(SearchRebuild.class).ask();
			System.out.println(application.getBean(Labels.class).get("cli.search.rebuild-asked"));
			return 0;
		}

	}

}
