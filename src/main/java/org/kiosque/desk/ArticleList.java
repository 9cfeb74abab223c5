package org.kiosque.desk;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.Person;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Keyset;
import org.kiosque.article.LedgerLine;
import org.kiosque.article.LedgerQuery;
import org.kiosque.article.SectionRef;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /newsroom/articles}: every article (a contributor's own only), last changed
 * first, {@value #PAGE_SIZE} a page, with its status, section, author, last change and
 * who made it. Filters: {@code status}, {@code section} (slug), {@code author} (account
 * id), {@code from} and {@code to} (days of the last change, in the site's zone, both
 * included), {@code q} (words of the headline), {@code page}.
 * <p>
 * Pages go by keyset: "Page suivante" carries the last line's change time and id
 * ({@code avant=<token>}), "Page précédente" the first's ({@code apres=<token>}), each a
 * seek in the indexes of the last change, whatever the depth, and neither skips nor
 * repeats an article changed meanwhile; {@code page} then only numbers the page. A
 * {@code page} without a keyset (an address from before) goes by offset, bounded at
 * {@value #MAX_PAGES} pages.
 */
@Controller
class ArticleList {

	static final int PAGE_SIZE = 50;

	static final int MAX_PAGES = 200;

	private final ArticleLedger ledger;

	private final DeskPolicy policy;

	private final DeskPeople people;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	private final SiteSettings site;

	private final Clock clock;

	ArticleList(ArticleLedger ledger, DeskPolicy policy, DeskPeople people, CurrentReader current, PageLayout layout,
			Labels labels, NewspaperDates dates, SiteSettings site, Clock clock) {
		this.clock = clock;
		this.ledger = ledger;
		this.policy = policy;
		this.people = people;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
		this.site = site;
	}

	@GetMapping({ ArticleEditor.PATH, ArticleEditor.PATH + "/" })
	String list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String section,
			@RequestParam(required = false) @Nullable String author,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String page,
			@RequestParam(name = PageNumber.OLDER_THAN, required = false) @Nullable String older,
			@RequestParam(name = PageNumber.NEWER_THAN, required = false) @Nullable String newer,
			HttpServletRequest request, Model model) {
		ReaderIdentity me = current.get().orElseThrow();
		Keyset olderThan = keyset(older);
		Keyset newerThan = olderThan == null ? keyset(newer) : null;
		boolean byKeyset = olderThan != null || newerThan != null;
		int number = PageNumber.parse(page, byKeyset ? Integer.MAX_VALUE : MAX_PAGES)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean everyone = policy.seesEveryArticle(me);
		ArticleStatus wantedStatus = status(status);
		Long wantedAuthor = everyone ? id(author) : Long.valueOf(me.id());
		String wantedSection = blank(section) ? null : section.strip();
		String problem = null;
		Instant changedFrom = null;
		Instant changedBefore = null;
		try {
			changedFrom = blank(from) ? null : LocalDate.parse(from.strip()).atStartOfDay(site.timeZone()).toInstant();
			changedBefore = blank(to) ? null
					: LocalDate.parse(to.strip()).plusDays(1).atStartOfDay(site.timeZone()).toInstant();
		}
		catch (DateTimeException e) {
			problem = labels.get("desk.list.bad-date");
		}
		LedgerQuery query = new LedgerQuery(wantedStatus, wantedSection, wantedAuthor, changedFrom, changedBefore,
				blank(q) ? null : q);
		List<LedgerLine> shown;
		boolean hasNext;
		if (newerThan != null) {
			List<LedgerLine> lines = ledger.listBefore(query, newerThan.at(), newerThan.id(), PAGE_SIZE);
			shown = lines;
			hasNext = true;
		}
		else {
			List<LedgerLine> lines = olderThan != null
					? ledger.listAfter(query, olderThan.at(), olderThan.id(), PAGE_SIZE + 1)
					: ledger.list(query, (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
			hasNext = lines.size() > PAGE_SIZE && (byKeyset || number < MAX_PAGES);
			shown = lines.size() > PAGE_SIZE ? lines.subList(0, PAGE_SIZE) : lines;
		}

		Set<Long> ids = new HashSet<>();
		shown.forEach(line -> {
			ids.add(line.authorId());
			ids.add(line.changedBy());
		});
		ids.remove(null);
		Map<Long, String> names = people.names(ids);
		Instant now = clock.instant();
		List<ListView.Row> rows = shown.stream()
			.map(line -> new ListView.Row(line.id(), ArticleEditor.PATH + "/" + line.id(), line.headline(),
					line.status().name(), labels.get("desk.status." + line.status().name()),
					line.sectionName() == null ? "–" : line.sectionName(), name(names, line.authorId()),
					dates.dayAndTime(line.changedAt()), dates.iso(line.changedAt()), name(names, line.changedBy()),
					line.embargoedAt(now) ? labels.get("desk.embargo", dates.dayAndTime(line.embargoUntil())) : null))
			.toList();

		Map<String, String> kept = new java.util.LinkedHashMap<>();
		kept.put("status", wantedStatus == null ? "" : wantedStatus.name());
		kept.put("section", wantedSection == null ? "" : wantedSection);
		kept.put("author", everyone && wantedAuthor != null ? wantedAuthor.toString() : "");
		kept.put("from", orBlank(from));
		kept.put("to", orBlank(to));
		kept.put("q", orBlank(q));
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("desk.list.title"), null, null)));
		model.addAttribute("view",
				new ListView(rows, statuses(wantedStatus), sections(wantedSection),
						everyone ? authors(wantedAuthor) : List.of(), orBlank(from), orBlank(to), orBlank(q), problem,
						number > 1 && !shown.isEmpty()
								? address(kept, number - 1, PageNumber.NEWER_THAN, shown.getFirst()) : null,
						hasNext ? address(kept, number + 1, PageNumber.OLDER_THAN, shown.getLast()) : null, number));
		return "desk/list";
	}

	private List<EditorView.Option> statuses(@Nullable ArticleStatus chosen) {
		List<EditorView.Option> options = new ArrayList<>();
		options.add(new EditorView.Option("", labels.get("desk.list.any-status"), chosen == null));
		for (ArticleStatus s : ArticleStatus.values()) {
			options.add(new EditorView.Option(s.name(), labels.get("desk.status." + s.name()), s == chosen));
		}
		return options;
	}

	private List<EditorView.Option> sections(@Nullable String chosen) {
		return Stream
			.concat(Stream.of(new EditorView.Option("", labels.get("desk.list.any-section"), chosen == null)),
					ledger.sections()
						.stream()
						.map((SectionRef s) -> new EditorView.Option(s.slug(), s.name(), s.slug().equals(chosen))))
			.toList();
	}

	private List<EditorView.Option> authors(@Nullable Long chosen) {
		return Stream.concat(Stream.of(new EditorView.Option("", labels.get("desk.list.any-author"), chosen == null)),
				people.staff()
					.stream()
					.map((Person p) -> new EditorView.Option(Long.toString(p.id()), p.displayName(),
							chosen != null && p.id() == chosen)))
			.toList();
	}

	private String name(Map<Long, String> names, @Nullable Long id) {
		return id == null ? "–" : names.getOrDefault(id, "–");
	}

	/**
	 * The address of page {@code page} of the list, its filters kept: the first page is
	 * the list's own; another carries the keyset of {@code line} under {@code side}
	 * ({@code avant} for the page after it, {@code apres} for the page before).
	 */
	private static String address(Map<String, String> filters, int page, String side, LedgerLine line) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(ArticleEditor.PATH);
		filters.forEach((name, value) -> {
			if (!value.isBlank()) {
				uri.queryParam(name, value);
			}
		});
		if (page > 1) {
			uri.queryParam("page", page);
			uri.queryParam(side, new Keyset(line.changedAt(), line.id()).token());
		}
		return uri.encode().build().toUriString();
	}

	/** The keyset a link carried; a malformed one is no page (404). */
	private static @Nullable Keyset keyset(@Nullable String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		return Keyset.parse(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static @Nullable ArticleStatus status(@Nullable String text) {
		for (ArticleStatus s : ArticleStatus.values()) {
			if (s.name().equals(text)) {
				return s;
			}
		}
		return null;
	}

	private static @Nullable Long id(@Nullable String text) {
		return text != null && text.strip().matches("[0-9]{1,18}") ? Long.valueOf(text.strip()) : null;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static String orBlank(@Nullable String text) {
		return text == null ? "" : text;
	}

}
