package org.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.kiosque.site.CleanText;
import org.kiosque.site.FormProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of published articles: recorded by an editor, printed at the foot of the
 * article and on the public {@code /corrections} page. A correction is never edited nor
 * removed; a wrong one is corrected by another.
 */
@Service
public class Corrections {

	/**
	 * The longest correction, in UTF-16 code units (what {@code String.length} counts).
	 */
	public static final int MAX_LENGTH = 2000;

	/** Corrections on a page of {@code /corrections}. */
	static final int PAGE_SIZE = 20;

	/** The longest editor's name kept with a correction (as accounts allow). */
	private static final int MAX_NAME = 80;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final String EMPTY = "correction.refused.empty";

	private static final String TOO_LONG = "correction.refused.too-long";

	private final ArticleRepository articles;

	private final CorrectionRepository corrections;

	private final Announcements announcements;

	private final Clock clock;

	Corrections(ArticleRepository articles, CorrectionRepository corrections, Announcements announcements,
			Clock clock) {
		this.articles = articles;
		this.corrections = corrections;
		this.announcements = announcements;
		this.clock = clock;
	}

	/**
	 * Records a correction of a published article, now: it prints at the article's foot
	 * and on {@code /corrections}, and moves the article's visible modification time
	 * (JSON-LD {@code dateModified}, Atom {@code updated}, sitemap {@code lastmod}, "Mis
	 * à jour le"). Page copies, caches and feeds are dropped once the caller's
	 * transaction commits ({@link ArticleChanged}).
	 * @param articleId the article, which must be published and visible now
	 * @param text what was wrong and what is right; cleaned ({@link CleanText}: U+000B
	 * and the like become a space), its white space runs made one space, as it is one
	 * paragraph; markup is kept as text and escaped wherever it is printed
	 * @param editorAccountId the signed-in editor's account, kept for the newsroom's
	 * record
	 * @param editorName the editor's name as it is now (kept even if the account goes;
	 * never shown to readers)
	 * @return the correction as readers will see it
	 * @throws CorrectionRefused empty text, text longer than {@value #MAX_LENGTH}, or an
	 * article that is not published (a draft, scheduled, or no such article). Nothing was
	 * written, so the caller's transaction is not marked for rollback: the caller chooses
	 * whether the edit that came with it is saved
	 */
	@Transactional(noRollbackFor = CorrectionRefused.class)
	public Correction add(long articleId, String text, long editorAccountId, String editorName) {
		String cleaned = cleaned(text);
		Instant now = clock.instant();
		// One statement checks and locks: an article unpublished meanwhile is refused.
		if (!articles.markModified(articleId, now)) {
			throw new CorrectionRefused("correction.refused.not-published",
					"Article " + articleId + " is not published: it cannot be corrected");
		}
		corrections.insert(articleId, cleaned, editorAccountId, name(editorName), now);
		announcements.changed(articleId);
		return new Correction(cleaned, now);
	}

	/**
	 * The corrections of the articles visible now, newest first: page {@code page} (from
	 * 1) of {@value #PAGE_SIZE}, and whether another page follows.
	 */
	CorrectionPage latest(int page) {
		long offset = (long) (Math.max(1, page) - 1) * PAGE_SIZE;
		List<CorrectionNotice> rows = corrections.latest(clock.instant(), offset, PAGE_SIZE + 1);
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new CorrectionPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, Math.max(1, page), hasNext);
	}

	/**
	 * A page of the public list of corrections.
	 *
	 * @param page its number, from 1
	 */
	record CorrectionPage(List<CorrectionNotice> items, int page, boolean hasNext) {
	}

	/**
	 * The form rule for a correction's text, before anything is saved: empty, or longer
	 * than {@value #MAX_LENGTH} once cleaned, is a problem of {@code field} (the message
	 * keys {@link CorrectionRefused#messageKey} names). Whether the article may be
	 * corrected only {@link #add} knows.
	 */
	public static FormProblems check(String field, String text) {
		String cleaned = clean(text);
		if (cleaned.isEmpty()) {
			return FormProblems.of(field, EMPTY);
		}
		return cleaned.length() > MAX_LENGTH ? FormProblems.of(field, TOO_LONG) : new FormProblems();
	}

	private static String cleaned(String text) {
		String cleaned = clean(text);
		if (cleaned.isEmpty()) {
			throw new CorrectionRefused(EMPTY, "A correction needs a text");
		}
		if (cleaned.length() > MAX_LENGTH) {
			throw new CorrectionRefused(TOO_LONG, "A correction holds at most " + MAX_LENGTH + " characters");
		}
		return cleaned;
	}

	/** One paragraph: XML-illegal characters out, white space runs made one space. */
	private static String clean(String text) {
		return SPACES.matcher(CleanText.line(text)).replaceAll(" ").strip();
	}

	private static String name(String editorName) {
		String name = SPACES.matcher(CleanText.line(editorName)).replaceAll(" ").strip();
		if (name.length() <= MAX_NAME) {
			return name;
		}
		int cut = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
		return name.substring(0, cut);
	}

}
