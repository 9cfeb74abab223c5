package org.kiosque.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.CommandLineRun;
import org.kiosque.support.KiosqueProcess;
import org.kiosque.support.SamplePictures;

/**
 * {@code java -jar kiosque.jar import ...} as an editor runs it: in its own application,
 * on a data directory of its own (H2 only: the command is the same on PostgreSQL), alone
 * or beside a running server.
 */
class ImportCommandTests {

	@TempDir
	Path data;

	/**
	 * What a command printed: the lines about the files. (A real command logs nothing
	 * below ERROR to the console; inside this JVM, Logback was set up by an earlier
	 * application and may let a warning through.)
	 */
	record Run(int status, String out, String err, String folder) {

		List<String> outLines() {
			return out.lines().filter(l -> l.startsWith(folder)).toList();
		}

		List<String> errLines() {
			return err.lines()
				.filter(l -> l.startsWith(folder) || l.startsWith("Utilisation") || l.startsWith("Argument"))
				.toList();
		}
	}

	/** Runs the command the way {@code main} does, capturing what it prints. */
	Run kiosque(String... args) {
		CommandLineRun run = new CommandLineRun.OwnData(data).run(args);
		return new Run(run.status(), run.out(), run.err(), data.toString());
	}

	Path file(String name, byte[] bytes) throws Exception {
		return Files.write(data.resolve(name), bytes);
	}

	Path file(String name, String text) throws Exception {
		return file(name, text.getBytes(StandardCharsets.UTF_8));
	}

	long count(String sql) throws Exception {
		return new CommandLineRun.OwnData(data).count(sql);
	}

	static final String SEED_URL = "http://localhost:8080/article/"
			+ "le-chef-des-services-de-renseignement-de-turkiye-rencontre-une-delegation-du-hamas-a-istanbul";

	@Test
	void importPrintsEachArticlesAddressRefusesBadFilesAndSaysWhatIsAlreadyThere() throws Exception {
		Path seed = file("seed.txt", DispatchParserTests.seed());
		Path impossible = file("impossible.txt", DispatchImportTests.dispatch("Un titre", "31 février 2026", "Texte."));
		Path empty = file("vide.txt", "");
		Path binary = file("photo.jpg",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F' });
		Path other = file("autre.txt",
				DispatchImportTests.dispatch("Une autre dépêche", "1er mai 2026", "Texte. [APS]"));

		Path missing = data.resolve("absente.txt");

		Run first = kiosque("import", seed.toString(), impossible.toString(), empty.toString(), binary.toString(),
				missing.toString(), other.toString());

		assertThat(first.status()).isEqualTo(1);
		assertThat(first.outLines()).containsExactly(seed + " : publié, " + SEED_URL,
				other + " : publié, http://localhost:8080/article/une-autre-depeche");
		assertThat(first.errLines()).containsExactly(impossible + " : date impossible : «\u00a031 février 2026\u00a0»",
				empty + " : fichier vide", binary + " : pas un texte UTF-8 (fichier binaire ou autre encodage)",
				missing + " : fichier introuvable");
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(2);
		assertThat(
				count("SELECT r.reads FROM read_total r JOIN article a ON a.id = r.article_id WHERE a.source = 'AA'"))
			.isEqualTo(66);

		Run again = kiosque("import", seed.toString(), other.toString());

		assertThat(again.status()).isZero();
		assertThat(again.outLines()).containsExactly(seed + " : déjà présent, " + SEED_URL,
				other + " : déjà présent, http://localhost:8080/article/une-autre-depeche");
		assertThat(again.errLines()).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(2);
	}

	@Test
	void importTakesThePictureBesideADispatchElseTheImageOption() throws Exception {
		Path beside = file("barrage.txt", PicturesBesideDispatchesTests.dispatch("Le barrage de Koudiat Acerdoune",
				"Le barrage de Koudiat Acerdoune"));
		file("barrage.jpg", SamplePictures.jpeg(1000, 700));
		Path alone = file("gare.txt",
				PicturesBesideDispatchesTests.dispatch("La gare de Constantine", "La gare de Constantine"));
		Path image = file("ailleurs.png", SamplePictures.png(900, 600));

		Run run = kiosque("import", "--image=" + image, beside.toString(), alone.toString());

		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.outLines()).hasSize(2);
		assertThat(count("SELECT COUNT(*) FROM picture")).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM article a JOIN picture p ON p.id = a.picture_id"
				+ " WHERE a.image_caption = 'Le barrage de Koudiat Acerdoune' AND p.file_name = 'barrage.jpg'"))
			.isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM article a JOIN picture p ON p.id = a.picture_id"
				+ " WHERE a.image_caption = 'La gare de Constantine' AND p.file_name = 'ailleurs.png'"))
			.isEqualTo(1);
	}

	@Test
	void importSavesDraftsAndFilesIntoAnExistingSectionOnly() throws Exception {
		Path one = file("un.txt", DispatchImportTests.dispatch("Une dépêche en attente", "1er mai 2026", "Texte."));

		Run unknown = kiosque("import", "--section=nulle-part", one.toString());
		assertThat(unknown.status()).isEqualTo(1);
		assertThat(unknown.errLines()).containsExactly(one + " : rubrique inconnue : nulle-part");

		Run draft = kiosque("import", "--draft", one.toString());
		assertThat(draft.status()).isZero();
		assertThat(draft.outLines())
			.containsExactly(one + " : enregistré en brouillon, http://localhost:8080/article/une-depeche-en-attente");
		assertThat(count("SELECT COUNT(*) FROM article WHERE status = 'DRAFT'")).isEqualTo(1);
		assertThat(kiosque("import", one.toString()).outLines()).singleElement()
			.asString()
			.startsWith(one + " : déjà présent (article n°")
			.endsWith(", non publié)");

		// Already there or missing, a file is refused for an unknown section all the
		// same.
		Path missing = one.resolveSibling("absent.txt");
		Run again = kiosque("import", "--section=nulle-part", one.toString(), missing.toString());
		assertThat(again.status()).isEqualTo(1);
		assertThat(again.outLines()).isEmpty();
		assertThat(again.errLines()).containsExactly(one + " : rubrique inconnue : nulle-part",
				missing + " : rubrique inconnue : nulle-part");
	}

	@Test
	void importWithoutFileOrWithAnUnknownOptionShowsItsUsage() {
		Run none = kiosque("import");
		assertThat(none.status()).isEqualTo(2);
		assertThat(none.err()).contains("FICHIER");
		Run help = kiosque("import", "--help");
		assertThat(help.status()).isZero();
		assertThat(help.out()).contains("--draft", "--section=RUBRIQUE");
		assertThat(kiosque("import", "--nope", "x.txt").status()).isEqualTo(2);
	}

	/**
	 * The server and the command share the H2 file through H2's automatic mixed mode: the
	 * server, started first on an empty data directory, publishes the demo content; the
	 * command then imports beside it, and the server shows the new article at once.
	 */
	@Test
	void importWorksWhileTheServerRunsOnTheSameDataDirectory() throws Exception {
		try (KiosqueProcess server = KiosqueProcess.start(data, List.of(),
				"--spring.datasource.url=" + new CommandLineRun.OwnData(data).h2())) {
			String base = server.base();
			// First start on an empty database: the demo content is there, and the log
			// says where.
			await().atMost(Duration.ofSeconds(30)).until(() -> server.log().contains("Kiosque est prêt"));
			assertThat(server.log()).contains("Kiosque est prêt : " + base + "/");
			String home = server.get("/").body();
			assertThat(home).contains("Le chef des services de renseignement de Türkiye",
					"Djelfa : coup d’envoi de la campagne de reboisement du barrage vert",
					"Le cacao recule pour le troisième mois consécutif", "Marathon international de Marrakech",
					"Les Journées théâtrales de Carthage");
			assertThat(home).contains("/section/monde", "/section/afrique", "/section/economie", "/section/sport",
					"/section/culture");
			String seedPage = server.get(SEED_URL.substring("http://localhost:8080".length())).body();
			assertThat(seedPage).contains("[AA]", "href=\"/section/monde\"");
			assertThat(Jsoup.parse(seedPage).select("p.reads").text()).isEqualTo("Nombre de lectures : 66 fois");
			// The demo dispatches are older than comments stay open, but their threads
			// are kept open.
			assertThat(Jsoup.parse(seedPage).select("form.comment-form textarea[name=body]")).hasSize(1);

			Path seed = file("seed.txt", DispatchParserTests.seed());
			Path fresh = file("frais.txt", DispatchImportTests.dispatch("Importé pendant que le serveur tourne",
					"lundi 3 février 2025", "Le serveur n’a pas été arrêté. [APS]"));
			Run run = kiosque("import", "--server.port=" + server.port(), seed.toString(), fresh.toString());

			assertThat(run.errLines()).isEmpty();
			assertThat(run.status()).isZero();
			assertThat(run.outLines()).hasSize(2);
			assertThat(run.outLines().get(0))
				.isEqualTo(seed + " : déjà présent, " + base + SEED_URL.substring("http://localhost:8080".length()));
			Matcher url = Pattern.compile(" : publié, (http\\S+)$").matcher(run.outLines().get(1));
			assertThat(url.find()).isTrue();
			HttpResponse<String> page = server.get(url.group(1));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Importé pendant que le serveur tourne", "lundi 3 février 2025",
					"Le serveur n’a pas été arrêté.");
		}
		// After the server is gone, a second start finds content and adds no demo twice.
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(6);
		assertThat(count("SELECT COUNT(*) FROM section")).isEqualTo(5);
	}

}
