package org.kiosque.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.AccountRefused;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.site.Labels;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user add|list|role|disable}: the newspaper's people from the command line. Help
 * in {@code messages/cli-help*.properties}, what it prints in
 * {@code messages/cli*.properties}.
 */
@Command(name = "user", mixinStandardHelpOptions = true, subcommands = { UserCommand.Add.class,
		UserCommand.ListAll.class, UserCommand.ChangeRole.class, UserCommand.Disable.class })
final class UserCommand implements KiosqueCommand.Group {

	@Override
	public Integer call() {
		return 0;
	}

	/** Where commands write; replaced in tests. */
	static PrintStream out() {
		return System.out;
	}

	@Command(name = "add", mixinStandardHelpOptions = true)
	static final class Add implements KiosqueCommand {

		@Parameters(index = "0", paramLabel = "${bundle:label.email}", descriptionKey = "user.email")
		String email = "";

		@Option(names = "--role", required = true, paramLabel = "${bundle:label.role}", descriptionKey = "user.role")
		String role = "";

		@Option(names = "--name", required = true, paramLabel = "${bundle:label.name}", descriptionKey = "user.name")
		String name = "";

		@Option(names = "--generate-password", descriptionKey = "user.generate-password")
		boolean generate;

		@Override
		public Optional<UsageProblem> usageProblem() {
			return roleProblem(role);
		}

		@Override
		public int run(ApplicationContext application) throws IOException {
			Labels labels = application.getBean(Labels.class);
			Role chosen = role(role);
			String password = generate ? generated() : readPassword(labels);
			try {
				Person person = application.getBean(People.class).add(email, name, chosen, password);
				out().println(labels.get("cli.user.created", person.email(), person.role().name()));
				if (generate) {
					out().println(labels.get("cli.user.password", password));
				}
				return 0;
			}
			catch (AccountRefused refused) {
				return KiosqueCommand.refuse(refused.getMessage());
			}
		}

		private static String readPassword(Labels labels) throws IOException {
			Console console = System.console();
			if (console != null && isTerminal(console)) {
				// Console.readPassword takes a format string: the label is its argument.
				char[] typed = console.readPassword("%s", labels.get("cli.user.password.prompt"));
				return typed == null ? "" : new String(typed);
			}
			var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			String line = in.readLine();
			return line == null ? "" : line;
		}

		/**
		 * Java 22+ gives a console even for piped input; only a real terminal hides what
		 * is typed.
		 */
		private static boolean isTerminal(Console console) {
			try {
				return (boolean) Console.class.getMethod("isTerminal").invoke(console);
			}
			catch (ReflectiveOperationException olderJava) {
				return true;
			}
		}

		/** 20 characters from an alphabet without look-alikes: about 115 bits. */
		private static String generated() {
			String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
			SecureRandom random = new SecureRandom();
			StringBuilder password = new StringBuilder();
			for (int i = 0; i < 20; i++) {
				password.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			return password.toString();
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true)
	static final class ListAll implements KiosqueCommand {

		@Option(names = "--staff", descriptionKey = "user.staff")
		boolean staffOnly;

		@Override
		public int run(ApplicationContext application) {
			People people = application.getBean(People.class);
			Labels labels = application.getBean(Labels.class);
			var everyone = staffOnly ? people.staff() : people.everyone();
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of(labels.get("cli.user.list.email"), labels.get("cli.user.list.role"),
					labels.get("cli.user.list.state"), labels.get("cli.user.list.name")));
			// Roles stay as typed on the command line (--role=EDITOR); the rest is words.
			everyone.stream()
				.sorted(Comparator.comparing((Person p) -> -p.role().ordinal()).thenComparing(Person::email))
				.forEach(p -> rows.add(List.of(p.email(), p.role().name(), state(p, labels), p.displayName())));
			TextColumns.lines(rows).forEach(out()::println);
			return 0;
		}

		private static String state(Person p, Labels labels) {
			return labels.get(!p.enabled() ? "cli.user.disabled-state"
					: p.verified() ? "cli.user.active-state" : "cli.user.pending-state");
		}

	}

	@Command(name = "role", mixinStandardHelpOptions = true)
	static final class ChangeRole implements KiosqueCommand {

		@Parameters(index = "0", paramLabel = "${bundle:label.email}", descriptionKey = "user.email")
		String email = "";

		@Parameters(index = "1", paramLabel = "${bundle:label.role}", descriptionKey = "user.role")
		String role = "";

		@Override
		public Optional<UsageProblem> usageProblem() {
			return roleProblem(role);
		}

		@Override
		public int run(ApplicationContext application) {
			People people = application.getBean(People.class);
			Labels labels = application.getBean(Labels.class);
			Role chosen = role(role);
			Person person = find(people, email, labels);
			if (person == null) {
				return 1;
			}
			try {
				Person changed = people.changeRole(person.id(), chosen);
				out().println(labels.get("cli.user.role-changed", changed.email(), changed.role().name()));
				return 0;
			}
			catch (AccountRefused refused) {
				return KiosqueCommand.refuse(refused.getMessage());
			}
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true)
	static final class Disable implements KiosqueCommand {

		@Parameters(index = "0", paramLabel = "${bundle:label.email}", descriptionKey = "user.email")
		String email = "";

		@Override
		public int run(ApplicationContext application) {
			People people = application.getBean(People.class);
			Labels labels = application.getBean(Labels.class);
			Person person = find(people, email, labels);
			if (person == null) {
				return 1;
			}
			try {
				people.changeEnabled(person.id(), false);
				out().println(labels.get("cli.user.disabled", person.email()));
				return 0;
			}
			catch (AccountRefused refused) {
				return KiosqueCommand.refuse(refused.getMessage());
			}
		}

	}

	/**
	 * The role {@code typed} names. Only a command whose usage check
	 * ({@link #roleProblem}, run before the application starts) let it through may ask:
	 * any other word was refused there, with the one message users see
	 * ({@code error.role}).
	 * @throws IllegalStateException when the usage check was skipped
	 */
	static Role role(String typed) {
		return parsed(typed).orElseThrow(() -> new IllegalStateException("role not checked: " + typed));
	}

	/** The role {@code typed} names, whatever its case and surrounding spaces. */
	private static Optional<Role> parsed(String typed) {
		try {
			return Optional.of(Role.valueOf(typed.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * A role that is none of {@link Role}'s, whatever its case: a usage error naming
	 * them.
	 */
	static Optional<KiosqueCommand.UsageProblem> roleProblem(String typed) {
		if (parsed(typed).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(new KiosqueCommand.UsageProblem("error.role", typed,
				Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))));
	}

	private static @Nullable Person find(People people, String email, Labels labels) {
		var person = people.find(email);
		if (person.isEmpty()) {
			KiosqueCommand.refuse(labels.get("cli.user.unknown", email));
			return null;
		}
		return person.get();
	}

}
