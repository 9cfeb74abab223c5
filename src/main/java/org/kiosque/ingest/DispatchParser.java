package org.kiosque.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kiosque.ingest.DispatchRejected.Reason;
import org.kiosque.site.CleanText;

/**
 * Reads an agency dispatch in the seed's form: a news page flattened to text, one
 * paragraph per line, lines of no-break spaces as spacers, and the page's chrome (login
 * link, comment and newsletter boxes, share buttons) around the article.
 * <p>
 * The shape it expects, top to bottom: chrome and navigation, the headline (the last line
 * before the date), the French date line, the photo caption written twice (alt text then
 * caption), the paragraphs, an agency tag ending the last paragraph, and below the
 * article the read count and the comment and newsletter boxes. The text itself is kept as
 * written: French quotes with their no-break spaces, typographic apostrophes, narrow
 * no-break spaces in numbers.
 */
public final class DispatchParser {

	/** Larger than any real dispatch; a bigger file is not a news page. */
	static final int MAX_BYTES = 1_048_576;

	/** The article table's limits. */
	static final int MAX_HEADLINE = 300;
	static final int MAX_CAPTION = 500;

	private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F\\u2009]";

	private static final Pattern DATE_LINE = Pattern.compile("^(?:(\\p{L}+)" + SPACE + "*,?" + SPACE
			+ "+)?(\\d{1,2}|1er|1ᵉʳ)" + SPACE + "+(\\p{L}+)" + SPACE + "+(\\d{4})$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern READ_COUNT = Pattern
		.compile("^nombre de lectures? ?: ?(\\d{1,3}(?: \\d{3})+|\\d{1,15})(?: fois)?$");

	private static final Pattern BRACKET_TAG = Pattern
		.compile(SPACE + "*\\[(\\p{L}[\\p{L}/&.\\- ]{0,19})\\]" + SPACE + "*$");

	/**
	 * In parentheses only known agencies count: a sentence may well end with
	 * {@code (ONU)}.
	 */
	private static final Pattern PAREN_TAG = Pattern.compile(SPACE
			+ "*\\((AFP|AP|AA|APS|MAP|TAP|APA|Reuters|Anadolu|Xinhua|ANSA|DPA|QNA|WAFA|SPA|EFE|Belga|ATS|Kyodo|IRNA|MENA|KUNA|WAM|SUNA|Lusa|ANGOP|AIP|ACP|APP|PTI|Bernama|AGI|AGERPRES|Sputnik|TASS)\\)"
			+ SPACE + "*$", Pattern.CASE_INSENSITIVE);

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("lundi", DayOfWeek.MONDAY, "mardi", DayOfWeek.TUESDAY,
			"mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY, "vendredi", DayOfWeek.FRIDAY, "samedi",
			DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("février", 2),
			Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5),
			Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8),
			Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("décembre", 12),
			Map.entry("decembre", 12));

	/**
	 * Page chrome that may stand anywhere: account links, share and print buttons, menus.
	 */
	private static final Set<String> CHROME = Set.of("connectez-vous", "se connecter", "connexion", "se déconnecter",
			"déconnexion", "deconnexion", "mon compte", "créer un compte", "s'inscrire", "inscription", "partager",
			"partagez", "partager cet article", "partager sur facebook", "partager sur twitter", "partager sur x",
			"partager sur linkedin", "partager sur whatsapp", "imprimer", "imprimer cet article", "version imprimable",
			"envoyer à un ami", "envoyer par e-mail", "envoyer par email", "envoyer", "valider", "facebook", "twitter",
			"linkedin", "whatsapp", "telegram", "tweet", "tweeter", "e-mail", "email", "accueil", "haut de page",
			"retour en haut", "retour", "lire aussi", "à lire aussi", "lire la suite", "articles similaires",
			"sur le même sujet", "publicité", "votre nom", "votre e-mail", "votre email", "votre adresse e-mail",
			"votre commentaire", "pseudo", "mot de passe", "abonnez-vous", "s'abonner", "mentions légales",
			"mot de passe oublié", "mot de passe oublié ?", "recherche", "rechercher", "menu", "fermer",
			"taille du texte", "a+", "a-");

	/**
	 * Chrome that comes after the article: once one of these appears, the article is over
	 * and what follows (comments, forms) never reaches the body.
	 */
	private static final Set<String> END_OF_ARTICLE = Set.of("nouveau commentaire", "commentaires", "commentaire",
			"ajouter un commentaire", "laisser un commentaire", "réagir", "réagir à cet article", "réagissez",
			"inscription à la newsletter", "newsletter", "s'inscrire à la newsletter", "abonnez-vous à la newsletter",
			"recevez notre newsletter");

	private static final Pattern COMMENT_COUNT = Pattern.compile("^(?:\\d+ commentaires?|commentaires? \\(\\d+\\))$");

	private DispatchParser() {
	}

	/**
	 * Reads one dispatch file.
	 * @param bytes the file, UTF-8, at most {@link #MAX_BYTES}
	 * @throws DispatchRejected with the reason when it is not a dispatch of this form
	 */
	public static Dispatch parse(byte[] bytes) throws DispatchRejected {
		if (bytes.length > MAX_BYTES) {
			throw new DispatchRejected(Reason.TOO_LARGE, MAX_BYTES);
		}
		List<String> lines = text(bytes).lines().toList();
		if (lines.stream().allMatch(DispatchParser::isBlank)) {
			throw new DispatchRejected(Reason.EMPTY);
		}

		int dateAt = -1;
		@Nullable String headline = null;
		boolean anyContent = false;
		for (int i = 0; i < lines.size() && dateAt < 0; i++) {
			String line = lines.get(i);
			// Above the article, a comment or newsletter link is menu chrome like any
			// other.
			if (isBlank(line) || isChrome(line) || isEndOfArticle(line) || readCount(line) >= 0) {
				continue;
			}
			anyContent = true;
			if (isDateLine(line)) {
				dateAt = i;
			}
			else {
				// Menus and kickers may come first; the headline is the line just above
				// the date.
				headline = trim(line);
			}
		}
		if (dateAt < 0) {
			throw new DispatchRejected(anyContent ? Reason.NO_DATE : Reason.ONLY_CHROME);
		}
		LocalDate date = date(trim(lines.get(dateAt)));
		if (headline == null) {
			throw new DispatchRejected(Reason.NO_HEADLINE);
		}
		if (headline.length() > MAX_HEADLINE) {
			throw new DispatchRejected(Reason.HEADLINE_TOO_LONG, MAX_HEADLINE);
		}

		List<String> content = new ArrayList<>();
		long reads = 0;
		boolean inArticle = true;
		for (String line : lines.subList(dateAt + 1, lines.size())) {
			if (isBlank(line)) {
				continue;
			}
			long count = readCount(line);
			if (count >= 0) {
				reads = count;
				// Under the article, the read count closes it; a page may also print it
				// above.
				inArticle = inArticle && content.isEmpty();
			}
			else if (isEndOfArticle(line)) {
				inArticle = false;
			}
			else if (inArticle && !isChrome(line)) {
				content.add(trim(line));
			}
		}

		@Nullable String caption = null;
		if (content.size() >= 2 && content.get(0).equals(content.get(1)) && content.get(0).length() <= MAX_CAPTION) {
			caption = content.get(0);
			content = content.subList(2, content.size());
		}
		else if (content.size() >= 2 && content.get(0).equals(content.get(1))) {
			// Too long for a caption: printed once, as the first paragraph, rather than
			// lost.
			content = content.subList(1, content.size());
		}

		List<String> paragraphs = new ArrayList<>(content);
		@Nullable String agency = null;
		if (!paragraphs.isEmpty()) {
			String last = paragraphs.getLast();
			Matcher tag = BRACKET_TAG.matcher(last);
			if (!tag.find()) {
				tag = PAREN_TAG.matcher(last);
				if (!tag.find()) {
					tag = null;
				}
			}
			if (tag != null) {
				agency = tag.group(1).strip();
				String rest = trim(last.substring(0, tag.start()));
				if (rest.isEmpty()) {
					paragraphs.removeLast();
				}
				else {
					paragraphs.set(paragraphs.size() - 1, rest);
				}
			}
		}
		if (paragraphs.isEmpty()) {
			throw new DispatchRejected(Reason.NO_BODY);
		}
		return new Dispatch(headline, date, caption, paragraphs, agency, reads);
	}

	/**
	 * Strict UTF-8: a byte that is not UTF-8, or a control character, means this is no
	 * text file.
	 */
	private static String text(byte[] bytes) throws DispatchRejected {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		String text;
		try {
			CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes));
			text = chars.toString();
		}
		catch (CharacterCodingException e) {
			throw new DispatchRejected(Reason.NOT_TEXT);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) || c == 0x7F) {
				throw new DispatchRejected(Reason.NOT_TEXT);
			}
		}
		// Vertical tabs and form feeds pass the check above (word processors write them);
		// here they become spaces, since a line of a dispatch is a headline or a whole
		// paragraph, and U+FFFE/U+FFFF, which XML refuses too, go (CleanText).
		String cleaned = CleanText.line(text);
		return cleaned.startsWith("\uFEFF") ? cleaned.substring(1) : cleaned;
	}

	private static LocalDate date(String line) throws DispatchRejected {
		Matcher m = DATE_LINE.matcher(line);
		if (!m.matches()) {
			throw new IllegalStateException("Not a date line: " + line);
		}
		int day = m.group(2).startsWith("1e") || m.group(2).startsWith("1ᵉ") ? 1 : Integer.parseInt(m.group(2));
		int month = MONTHS.get(m.group(3).toLowerCase(Locale.FRENCH));
		int year = Integer.parseInt(m.group(4));
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			throw new DispatchRejected(Reason.IMPOSSIBLE_DATE, line);
		}
		if (m.group(1) != null) {
			DayOfWeek said = WEEKDAYS.get(m.group(1).toLowerCase(Locale.FRENCH));
			if (said != date.getDayOfWeek()) {
				throw new DispatchRejected(Reason.WRONG_WEEKDAY, line, frenchWeekday(date.getDayOfWeek()));
			}
		}
		return date;
	}

	/**
	 * A whole line that reads as a French date, possible or not:
	 * {@code samedi 24 janvier 2026}, {@code 1er mai 2026}.
	 */
	static boolean isDateLine(String line) {
		Matcher m = DATE_LINE.matcher(trim(line));
		return m.matches() && MONTHS.containsKey(m.group(3).toLowerCase(Locale.FRENCH))
				&& (m.group(1) == null || WEEKDAYS.containsKey(m.group(1).toLowerCase(Locale.FRENCH)));
	}

	private static String frenchWeekday(DayOfWeek day) {
		return WEEKDAYS.entrySet().stream().filter(e -> e.getValue() == day).findFirst().orElseThrow().getKey();
	}

	/**
	 * The count of a {@code Nombre de lectures : 1 204 fois} line, or -1 for any other
	 * line.
	 */
	private static long readCount(String line) {
		Matcher m = READ_COUNT.matcher(normalised(line));
		return m.matches() ? Long.parseLong(m.group(1).replace(" ", "")) : -1;
	}

	private static boolean isChrome(String line) {
		return CHROME.contains(label(line));
	}

	private static boolean isEndOfArticle(String line) {
		String label = label(line);
		return END_OF_ARTICLE.contains(label) || COMMENT_COUNT.matcher(label).matches();
	}

	/**
	 * A line as a button or heading reads: lower case, single spaces, no closing colon.
	 */
	private static String label(String line) {
		String s = normalised(line);
		return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
	}

	/** Lower case, straight apostrophes, every kind of space as one plain space. */
	static String normalised(String line) {
		StringBuilder out = new StringBuilder(line.length());
		boolean space = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (isSpace(c)) {
				space = true;
				continue;
			}
			if (space && !out.isEmpty()) {
				out.append(' ');
			}
			space = false;
			out.append(c == '’' || c == '‘' ? '\'' : c);
		}
		return out.toString().toLowerCase(Locale.FRENCH);
	}

	/** Strips every kind of space, no-break spaces included, from both ends. */
	static String trim(String line) {
		int start = 0;
		int end = line.length();
		while (start < end && isSpace(line.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(start, end);
	}

	private static boolean isBlank(String line) {
		return trim(line).isEmpty();
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
	}

}
