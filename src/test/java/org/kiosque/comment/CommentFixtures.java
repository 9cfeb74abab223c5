package org.kiosque.comment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;

/**
 * What comment tests share: articles of their own, readers each coming from their own
 * address (so per-address limits of one test do not touch another), and posting the
 * article's real form the way a browser does.
 */
class CommentFixtures {

	private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 50_000));

	private final Newsdesk newsdesk;

	private final Signatures signatures;

	private final Moderation moderation;

	CommentFixtures(Newsdesk newsdesk, Signatures signatures, Moderation moderation) {
		this.newsdesk = newsdesk;
		this.signatures = signatures;
		this.moderation = moderation;
	}

	Newsdesk.Written article() {
		return article(Instant.now().minusSeconds(60));
	}

	Newsdesk.Written article(Instant publishedAt) {
		// Whole seconds, as an editor would give them (and as HTML's datetime accepts).
		return newsdesk.create(new ArticleDraft("Un article à commenter " + System.nanoTime(), null,
				"Le texte de l’article.", null, List.of(), null, null, new LeadImage(null, null, null),
				ArticleStatus.PUBLISHED, publishedAt.truncatedTo(ChronoUnit.SECONDS), true, null), 0);
	}

	/** A reader's browser, from an address no other test uses. */
	static Browser reader(int port) {
		return new Browser(port).from(address());
	}

	static String address() {
		int n = ADDRESSES.incrementAndGet();
		return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
	}

	static String email() {
		return "lecteur-" + System.nanoTime() + "@example.org";
	}

	/**
	 * Fills the article's comment form like a reader who took their time (ten seconds
	 * ago).
	 */
	Browser.Page post(Browser browser, String articlePath, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("stamp", signatures.stamp(Instant.now().minus(10, ChronoUnit.SECONDS)));
		all.putAll(fields);
		return browser.submit(articlePath, "form.comment-form", all);
	}

	Browser.Page post(Browser browser, String articlePath, String name, String email, String body) {
		return post(browser, articlePath, Map.of("name", name, "email", email, "body", body));
	}

	/** The id in the {@code #commentaire-N} of a redirect after posting. */
	static long idFrom(Browser.Page redirect) {
		String location = redirect.location();
		return Long.parseLong(location.substring(location.indexOf("#commentaire-") + "#commentaire-".length()));
	}

	void approve(long id) {
		moderation.apply(Moderation.Action.APPROVE, List.of(id));
	}

}
