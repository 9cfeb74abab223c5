package org.kiosque.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.AccountRefused;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user add|list|role|disable}: the newspaper's people from the command line. */
@Command(name = "user", description = "Manage accounts: add staff, list, change a role, disable.",
		mixinStandardHelpOptions = true, subcommands = { UserCommand.Add.class, UserCommand.ListAll.class,
				UserCommand.ChangeRole.class, UserCommand.Disable.class })
final class UserCommand implements KiosqueCommand.Group {

	@Override
	public Integer call() {
		return 0;
	}

	/** Where commands write; replaced in tests. */
	static PrintStream out() {
		return System.out;
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Add an account, confirmed at once. The password is read from standard input "
					+ "(one line), unless --generate-password prints a generated one.")
	static final class Add implements KiosqueCommand {

		@Override
		public boolean writesAddresses() {
			return false;
		}

		@Parameters(index = "0", paramLabel = "EMAIL", description = "the person's e-mail address, used to sign in")
		String email = "";

		@Option(names = "--role", required = true, description = "READER, CONTRIBUTOR, EDITOR or ADMIN")
		String role = "";

		@Option(names = "--name", required = true, description = "the name shown on the site")
		String name = "";

		@Option(names = "--generate-password", description = "generate a password and print it once")
		boolean generate;

		@Override
		public int run(ApplicationContext application) throws IOException {
			Role chosen = role(role);
			String password = generate ? generated() : readPassword();
			try {
				Person person = application.getBean(People.class).add(email, name, chosen, password);
				out().println("Compte créé : " + person.email() + " (" + person.role() + ")");
				if (generate) {
					out().println("Mot de passe (affiché une seule fois) : " + password);
				}
				return 0;
			}
			catch (AccountRefused refused) {
				System.err.println(refused.getMessage());
				return 1;
			}
		}

		private static String readPassword() throws IOException {
			Console console = System.console();
			if (console != null && isTerminal(console)) {
				char[] typed = console.readPassword("Mot de passe : ");
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

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List every account, staff first.")
	static final class ListAll implements KiosqueCommand {

		@Override
		public boolean writesAddresses() {
			return false;
		}

		@Option(names = "--staff", description = "only contributors, editors and admins")
		boolean staffOnly;

		@Override
		public int run(ApplicationContext application) {
			People people = application.getBean(People.class);
			var everyone = staffOnly ? people.staff() : people.everyone();
			out().printf("%-40s %-12s %-9s %s%n", "EMAIL", "ROLE", "STATE", "NAME");
			everyone.stream()
				.sorted(java.util.Comparator.comparing((Person p) -> -p.role().ordinal()).thenComparing(Person::email))
				.forEach(p -> out().printf("%-40s %-12s %-9s %s%n", p.email(), p.role(), state(p), p.displayName()));
			return 0;
		}

		private static String state(Person p) {
			return !p.enabled() ? "disabled" : p.verified() ? "active" : "pending";
		}

	}

	@Command(name = "role", mixinStandardHelpOptions = true, description = "Give an account another role.")
	static final class ChangeRole implements KiosqueCommand {

		@Override
		public boolean writesAddresses() {
			return false;
		}

		@Parameters(index = "0", paramLabel = "EMAIL")
		String email = "";

		@Parameters(index = "1", paramLabel = "ROLE", description = "READER, CONTRIBUTOR, EDITOR or ADMIN")
		String role = "";

		@Override
		public int run(ApplicationContext application) {
			People people = application.getBean(People.class);
			Role chosen = role(role);
			Person person = find(people, email);
			if (person == null) {
				return 1;
			}
			try {
				Person changed = people.changeRole(person.id(), chosen);
				out().println(changed.email() + " est maintenant " + changed.role());
				return 0;
			}
			catch (AccountRefused refused) {
				System.err.println(refused.getMessage());
				return 1;
			}
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true,
			description = "Disable an account: it can no longer sign in, and its sessions end.")
	static final class Disable implements KiosqueCommand {

		@Override
		public boolean writesAddresses() {
			return false;
		}

		@Parameters(index = "0", paramLabel = "EMAIL")
		String email = "";

		@Override
		public int run(ApplicationContext application) {
			People people = application.getBean(People.class);
			Person person = find(people, email);
			if (person == null) {
				return 1;
			}
			try {
				people.changeEnabled(person.id(), false);
				out().println(person.email() + " est désactivé");
				return 0;
			}
			catch (AccountRefused refused) {
				System.err.println(refused.getMessage());
				return 1;
			}
		}

	}

	static Role role(String typed) {
		try {
			return Role.valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Rôle inconnu : " + typed + " (READER, CONTRIBUTOR, EDITOR ou ADMIN)");
		}
	}

	private static @Nullable Person find(People people, String email) {
		var person = people.find(email);
		if (person.isEmpty()) {
			System.err.println("Aucun compte pour " + email);
			return null;
		}
		return person.get();
	}

}
