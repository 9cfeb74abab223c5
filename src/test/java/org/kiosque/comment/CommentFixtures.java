package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What comment tests share: articles of their own, readers each coming from their own
 * address (so per-address limits of one test do not touch another), and posting the
 * article's real form the way a browser does.
 * <p>
 * A test class takes it as one field,
 * {@code @RegisterExtension CommentFixtures fixtures =
 * new CommentFixtures();}; before each test it picks the beans it needs (and the port)
 * from the test's shared application context.
 */
class CommentFixtures implements BeforeEachCallback {

	private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 50_000));

	private final Map<Long, String> headlines = new ConcurrentHashMap<>();

	private int port;

	private Newsdesk newsdesk;

	private Signatures signatures;

	private Moderation moderation;

	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		this.port = spring.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		this.newsdesk = spring.getBean(Newsdesk.class);
		this.signatures = spring.getBean(Signatures.class);
		this.moderation = spring.getBean(Moderation.class);
	}

	/** The port the site under test listens on. */
	int port() {
		return port;
	}

	Signatures signatures() {
		return signatures;
	}

	Moderation moderation() {
		return moderation;
	}

	Newsdesk.Written article() {
		return article(Instant.now().minusSeconds(60));
	}

	Newsdesk.Written article(Instant publishedAt) {
		String headline = "Un article à commenter " + System.nanoTime();
		// Whole seconds, as an editor would give them (and as HTML's datetime accepts).
		Newsdesk.Written written = newsdesk.create(new ArticleDraft(headline, null, "Le texte de l’article.", null,
				List.of(), null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED,
				publishedAt.truncatedTo(ChronoUnit.SECONDS), true, null), 0);
		headlines.put(written.id(), headline);
		return written;
	}

	/**
	 * The article's page as {@code browser} gets it, once it is known to be that page (it
	 * answers 200 and shows the headline), so that what it lacks proves something.
	 */
	Browser.Page articlePage(Browser browser, Newsdesk.Written article) {
		Browser.Page page = browser.get(article.path());
		assertThat(page.status()).as(article.path()).isEqualTo(200);
		assertThat(page.text()).as(article.path()).contains(headlines.get(article.id()));
		return page;
	}

	/** A reader's browser on the site under test, from an address no other test uses. */
	Browser reader() {
		return reader(port);
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
