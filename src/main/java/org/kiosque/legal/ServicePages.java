package org.kiosque.legal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.BodyRenderer;
import org.kiosque.site.CleanText;
import org.kiosque.site.FormProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal and service pages: what each says now, and an admin's new text. Markdown is
 * rendered and sanitised once, at save time, by the articles' own renderer
 * ({@link BodyRenderer}: CommonMark, then the OWASP sanitiser), so a {@code <script>}
 * typed in never reaches a page.
 * <p>
 * A page never saved shows its starting text ({@code src/main/resources/legal/*.md}),
 * written for a French publisher, with blanks in brackets for the admin to fill.
 */
@Service
public class ServicePages {

	/** The longest text, in characters (the column holds 100 000). */
	static final int MAX_LENGTH = 100_000;

	private final ServicePageRepository repository;

	private final BodyRenderer renderer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<ServicePage, Text> starting = new EnumMap<>(ServicePage.class);

	ServicePages(ServicePageRepository repository, BodyRenderer renderer, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.renderer = renderer;
		this.events = events;
		this.clock = clock;
		for (ServicePage page : ServicePage.values()) {
			String markdown = startingText(page);
			starting.put(page, new Text(markdown, renderer.html(markdown), false));
		}
	}

	/** What the page says now: the admin's text, or the starting one. */
	public Text text(ServicePage page) {
		return repository.find(page)
			.map(s -> new Text(s.markdown(), s.html(), true))
			.orElseGet(() -> starting.get(page));
	}

	/**
	 * Saves an admin's text for the page; it shows at once.
	 * @param by the admin's account id
	 * @return the problems with the text (empty, or too long), nothing written if any
	 */
	@Transactional
	public FormProblems save(ServicePage page, String typedMarkdown, @Nullable Long by) {
		String markdown = CleanText.lines(typedMarkdown).strip();
		FormProblems problems = new FormProblems();
		if (markdown.isEmpty()) {
			problems.add("markdown", "legal.error.empty");
		}
		else if (markdown.length() > MAX_LENGTH) {
			problems.add("markdown", "legal.error.too-long");
		}
		if (problems.isEmpty()) {
			repository.save(page, markdown, renderer.html(markdown), clock.instant(), by);
			events.publishEvent(new ServicePageChanged(page));
		}
		return problems;
	}

	private static String startingText(ServicePage page) {
		String resource = "/legal/" + page.slug() + ".md";
		try (InputStream in = ServicePages.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A page's text.
	 *
	 * @param markdown as written
	 * @param html as printed, sanitised
	 * @param saved false while the page shows its starting text
	 */
	public record Text(String markdown, String html, boolean saved) {
	}

}
