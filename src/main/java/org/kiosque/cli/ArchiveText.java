package org.kiosque.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * French-looking newspaper copy for a generated archive: headlines, standfirsts, bodies
 * of several paragraphs, bylines, agency codes, sections and a few hundred tags. Made
 * from word lists by a seeded random source: the same seed gives the same archive. None
 * of it is true, and it says so nowhere; it only has the lengths, accents and punctuation
 * (typographic apostrophes, « guillemets ») of the real thing.
 */
final class ArchiveText {

	static final List<String> SECTIONS = List.of("Politique", "International", "Économie", "Société", "Culture",
			"Sports", "Sciences", "Régions", "Faits divers", "Débats");

	private static final List<String> AGENCIES = List.of("AFP", "REUTERS", "AP", "APS", "MAP", "DPA");

	private static final List<String> FIRST = List.of("Claire", "Julien", "Sophie", "Karim", "Nathalie", "Thomas",
			"Amélie", "Mehdi", "Isabelle", "François", "Léa", "Olivier", "Camille", "Yacine", "Hélène", "Étienne",
			"Inès", "Benoît", "Manon", "Raphaël", "Chloé", "Sébastien", "Aïcha", "Grégoire", "Margaux", "Loïc");

	private static final List<String> LAST = List.of("Martin", "Bernard", "Durand", "Lefèvre", "Moreau", "Laurent",
			"Girard", "Benali", "Fontaine", "Rousseau", "Chevalier", "Mercier", "Dupont", "Lambert", "Bonnet", "Faure",
			"Haddad", "Garnier", "Perrin", "Morel", "Guérin", "Boyer", "Lemaire", "Roussel", "Colin", "Meunier");

	private static final List<String> PLACES = List.of("Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes",
			"Bordeaux", "Strasbourg", "Rennes", "Montpellier", "Grenoble", "Dijon", "Brest", "Rouen", "Reims",
			"Clermont-Ferrand", "Besançon", "Perpignan", "Ajaccio", "Nice", "Bruxelles", "Genève", "Alger", "Tunis",
			"Dakar", "Abidjan", "Montréal", "Berlin", "Madrid", "Rome", "Londres", "Varsovie", "Kyiv", "Washington",
			"Pékin", "Tokyo", "Alexandrie", "Beyrouth", "Bamako", "Rabat");

	private static final List<String> TOPICS = List.of("retraites", "assurance chômage", "budget", "inflation",
			"énergie", "nucléaire", "climat", "sécheresse", "agriculture", "logement", "école", "université", "hôpital",
			"santé publique", "police", "justice", "immigration", "laïcité", "élections municipales",
			"élections européennes", "élection présidentielle", "Assemblée nationale", "Sénat", "gouvernement",
			"collectivités", "transports", "SNCF", "aéroports", "tourisme", "commerce", "industrie", "emploi",
			"syndicats", "grève", "football", "rugby", "cyclisme", "tennis", "Jeux olympiques", "cinéma", "théâtre",
			"musique", "littérature", "patrimoine", "musées", "numérique", "intelligence artificielle", "espace",
			"biodiversité", "océans", "montagne", "forêts", "inondations", "incendies", "sécurité routière",
			"diplomatie", "défense", "Union européenne", "OTAN", "Nations unies");

	private static final List<String> SUBJECTS = List.of("Le gouvernement", "La maire", "Les syndicats",
			"Le ministre de l’Économie", "La préfecture", "Les agriculteurs", "Le conseil régional", "Les enseignants",
			"La cour d’appel", "Les habitants", "L’opposition", "Le club", "La fédération", "Les chercheurs", "La SNCF",
			"Les commerçants", "Le tribunal administratif", "Les élus locaux", "La Commission européenne",
			"Les soignants");

	private static final List<String> VERBS = List.of("annonce", "dénonce", "prépare", "renonce à", "défend", "relance",
			"conteste", "présente", "suspend", "repousse", "confirme", "réclame", "engage", "examine");

	/** The same verbs, for a plural subject. */
	private static final List<String> PLURAL_VERBS = List.of("annoncent", "dénoncent", "préparent", "renoncent à",
			"défendent", "relancent", "contestent", "présentent", "suspendent", "repoussent", "confirment", "réclament",
			"engagent", "examinent");

	private static final List<String> OBJECTS = List.of("un plan d’économies", "la réforme", "un nouveau calendrier",
			"la hausse des tarifs", "le projet de loi", "un accord inédit", "la fermeture du site",
			"les mesures d’urgence", "un budget rectificatif", "la reprise des travaux", "une enquête",
			"le contrat de plan", "une prime exceptionnelle", "le tracé de la ligne", "un référendum local");

	private static final List<String> OPENINGS = List.of("Selon nos informations,", "Dans un communiqué publié mardi,",
			"Interrogé par notre journal,", "À la surprise générale,", "Après des semaines de négociations,",
			"Depuis le début de l’année,", "Comme l’an dernier,", "Sans attendre la fin de l’été,",
			"Au terme d’une longue séance,", "D’après les chiffres de l’Insee,");

	private static final List<String> MIDDLES = List.of("la décision a été prise", "le dossier reste ouvert",
			"les discussions se poursuivent", "le calendrier n’a pas changé", "les critiques se multiplient",
			"l’inquiétude grandit", "aucun compromis n’a été trouvé", "les chiffres se sont améliorés",
			"la situation demeure fragile", "le texte sera examiné", "les premiers résultats sont attendus");

	private static final List<String> ENDINGS = List.of("dans les prochains jours.", "avant la fin du mois.",
			"malgré l’opposition d’une partie des élus.", "à la demande des riverains.",
			"pour un coût estimé à plusieurs millions d’euros.", "selon un responsable qui a requis l’anonymat.",
			"sous l’œil attentif de Bruxelles.", "comme le prévoyait la loi de 2019.", "alors que la rentrée approche.",
			"au grand soulagement des familles.");

	private static final List<String> QUOTES = List.of("Nous ne lâcherons rien", "C’est une étape importante",
			"Personne ne pouvait l’ignorer", "Il faut laisser le temps au dialogue", "Les chiffres parlent d’eux-mêmes",
			"Nous attendons des actes, pas des promesses", "Ce n’est qu’un début");

	private static final List<String> COMMENTS = List.of("Merci pour cet article très complet.",
			"Je ne suis pas d’accord avec cette analyse, les chiffres sont discutables.",
			"Enfin un papier qui explique les choses clairement !", "Et les habitants, on leur a demandé leur avis ?",
			"Toujours les mêmes promesses, depuis des années…",
			"Article intéressant, mais il manque le point de vue " + "des premiers concernés.",
			"Bravo à la rédaction pour ce suivi.", "On attend la suite avec impatience.");

	/**
	 * How many distinct paragraphs an archive's bodies are made of: a million articles
	 * draw each some 300 times, a thousand articles hardly twice.
	 */
	static final int STOCK = 20_000;

	private final long seed;

	private final SplittableRandom random;

	private final List<String> tags;

	private final String[] stock = new String[STOCK];

	ArchiveText(long seed) {
		this.seed = seed;
		this.random = new SplittableRandom(seed);
		this.tags = tagNames();
	}

	/** The few hundred tag names of the archive, the same for every seed. */
	static List<String> tagNames() {
		LinkedHashSet<String> names = new LinkedHashSet<>();
		names.addAll(TOPICS);
		names.addAll(PLACES);
		for (String topic : TOPICS) {
			for (String place : List.of("Paris", "Lyon", "Marseille", "Bruxelles")) {
				names.add(capitalised(topic) + " à " + place);
			}
		}
		for (int i = 0; names.size() < 400; i++) {
			names.add(FIRST.get(i % FIRST.size()) + " " + LAST.get((i * 7 + i / FIRST.size()) % LAST.size()));
		}
		return List.copyOf(names);
	}

	int below(int bound) {
		return random.nextInt(bound);
	}

	double unit() {
		return random.nextDouble();
	}

	String headline() {
		String place = pick(PLACES);
		return switch (random.nextInt(4)) {
			case 0 -> capitalised(clause());
			case 1 -> "À " + place + ", " + clause();
			case 2 -> capitalised(pick(TOPICS)) + " : " + clause();
			default -> "« " + pick(QUOTES) + " » : " + clause();
		};
	}

	String standfirst() {
		return sentence() + " " + sentence();
	}

	/**
	 * Four to eight paragraphs, now and then a subheading, as Markdown blocks that each
	 * stand alone (paragraphs, level-2 headings, the agency's code last): a body is these
	 * joined by blank lines. The paragraphs come from a stock of {@link #STOCK} per seed,
	 * as a wire's boilerplate recurs: a large archive renders each once.
	 */
	List<String> body(@Nullable String agency) {
		List<String> blocks = new ArrayList<>(12);
		int paragraphs = 4 + random.nextInt(5);
		for (int p = 0; p < paragraphs; p++) {
			if (p > 0 && p % 3 == 0) {
				blocks.add("## " + capitalised(pick(TOPICS)) + " " + lower(pick(ENDINGS)));
			}
			blocks.add(paragraph(random.nextInt(STOCK)));
		}
		if (agency != null) {
			blocks.add("[" + agency + "]");
		}
		return blocks;
	}

	/**
	 * The stock's paragraph {@code k}: three to five sentences, a quote now and then.
	 * Made from its own random source (the seed and {@code k}), so that it is the same
	 * whenever it is first drawn.
	 */
	private String paragraph(int k) {
		String paragraph = stock[k];
		if (paragraph == null) {
			SplittableRandom own = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + k);
			StringBuilder text = new StringBuilder();
			int sentences = 3 + own.nextInt(3);
			for (int s = 0; s < sentences; s++) {
				text.append(s > 0 ? " " : "").append(s == 1 && own.nextInt(3) == 0 ? quote(own) : sentence(own));
			}
			paragraph = text.toString();
			stock[k] = paragraph;
		}
		return paragraph;
	}

	String sentence() {
		return sentence(random);
	}

	private static String sentence(SplittableRandom random) {
		return pick(random, OPENINGS) + " " + clause(random) + ", et " + pick(random, MIDDLES) + " "
				+ pick(random, ENDINGS);
	}

	/**
	 * Subject, verb agreed with it, object; « à le » and « à les » contracted as French
	 * writes them.
	 */
	private String clause() {
		return clause(random);
	}

	private static String clause(SplittableRandom random) {
		String subject = lower(pick(random, SUBJECTS));
		int verb = random.nextInt(VERBS.size());
		String text = subject + " " + (subject.startsWith("les ") ? PLURAL_VERBS : VERBS).get(verb) + " "
				+ pick(random, OBJECTS);
		return text.replace(" à le ", " au ").replace(" à les ", " aux ");
	}

	private static String quote(SplittableRandom random) {
		return "« " + pick(random, QUOTES) + " », a déclaré " + person(random) + " à " + pick(random, PLACES) + ".";
	}

	String person() {
		return person(random);
	}

	private static String person(SplittableRandom random) {
		return pick(random, FIRST) + " " + pick(random, LAST);
	}

	/** One byline in six is shared by two journalists. */
	String byline() {
		return random.nextInt(6) == 0 ? person() + " et " + person() : person();
	}

	/**
	 * An agency's code for about a third of the articles, null for the newsroom's own.
	 */
	@Nullable String agency() {
		return random.nextInt(3) == 0 ? pick(AGENCIES) : null;
	}

	String section() {
		// The first sections (politics, world, economy) publish the most.
		return SECTIONS.get((int) (SECTIONS.size() * Math.pow(random.nextDouble(), 1.6)));
	}

	/** Three distinct tags, the popular ones far more often (a few hundred in all). */
	List<String> tags() {
		LinkedHashSet<String> chosen = new LinkedHashSet<>();
		while (chosen.size() < 3) {
			chosen.add(tags.get((int) (tags.size() * Math.pow(random.nextDouble(), 2))));
		}
		return new ArrayList<>(chosen);
	}

	/**
	 * Long-tailed (Pareto, α = 1.2): most articles a few dozen reads, a few very many.
	 */
	long reads() {
		return Math.min(2_000_000, (long) (20 / Math.pow(1 - random.nextDouble(), 1 / 1.2)));
	}

	/** Geometric, 1.5 on average: most articles none, a few a long thread. */
	int comments() {
		int n = 0;
		while (random.nextDouble() < 0.6) {
			n++;
		}
		return n;
	}

	String comment() {
		return pick(COMMENTS);
	}

	/**
	 * Drafts saved before the publication: 0 to 2, two revisions an article on average.
	 */
	int drafts() {
		return random.nextInt(3);
	}

	private String pick(List<String> words) {
		return pick(random, words);
	}

	private static String pick(SplittableRandom random, List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	private static String lower(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
