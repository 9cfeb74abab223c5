package org.kiosque.wires;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleLedger;
import org.kiosque.site.CleanText;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.NewsroomLink;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * {@code /newsroom/wires} (editors and admins, by the access rules): the sources, their
 * state (failures in a row, the last error and its time), what waits for an editor (a
 * version that clashed with the newsroom's edits, with a link to read it and decide
 * ({@link WireVersionPage}), a withdrawal, an embargo), forms to add and change the
 * newsroom's sources (those from settings are read-only), a "poll now" button;
 * {@code /newsroom/wires/log} the ingest log, searchable. Refused forms answer 422 with
 * the page again.
 */
@Controller
class WireDesk {

	static final String PATH = "/newsroom/wires";

	private final WireSources sources;

	private final PollRepository polls;

	private final ItemRepository items;

	private final ClashingVersions versions;

	private final IngestLog ingestLog;

	private final WirePoller poller;

	private final ArticleLedger ledger;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	private final AwaitedPictures awaited;

	private final WireSettings settings;

	WireDesk(WireSources sources, PollRepository polls, ItemRepository items, ClashingVersions versions,
			IngestLog ingestLog, WirePoller poller, ArticleLedger ledger, PageLayout layout, Labels labels,
			NewspaperDates dates, AwaitedPictures awaited, WireSettings settings) {
		this.awaited = awaited;
		this.settings = settings;
		this.sources = sources;
		this.polls = polls;
		this.items = items;
		this.versions = versions;
		this.ingestLog = ingestLog;
		this.poller = poller;
		this.ledger = ledger;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping({ PATH, PATH + "/" })
	String page(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		return page(request, model, done == null ? null : labels.get("wiredesk.saved"), null,
				new WireSources.Form("", "feed", "", "", "", "", "draft", "5", true), null);
	}

	@PostMapping(PATH)
	String create(@RequestParam Map<String, String> fields, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		WireSources.Form form = form(fields);
		try {
			sources.create(form);
		}
		catch (SourceRefused refused) {
			response.setStatus(422);
			return page(request, model, null, problem(refused), form, null);
		}
		return "redirect:" + PATH + "?done";
	}

	@PostMapping(PATH + "/{id:\\d+}")
	String edit(@PathVariable long id, @RequestParam Map<String, String> fields, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		WireSources.Form form = form(fields);
		try {
			if (!sources.edit(id, form)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (SourceRefused refused) {
			response.setStatus(422);
			return page(request, model, null, problem(refused),
					new WireSources.Form("", "feed", "", "", "", "", "draft", "5", true), id);
		}
		polls.forgetValidators("db:" + id);
		return "redirect:" + PATH + "?done";
	}

	/**
	 * Polls a source now (unless another node is at it), then shows its log with a
	 * sentence saying what came of it (a flash attribute, {@code polled}).
	 */
	@PostMapping(PATH + "/poll")
	String pollNow(@RequestParam(defaultValue = "") String source, RedirectAttributes redirect) {
		if (sources.find(source).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("polled", said(poller.pollNow(source)));
		return "redirect:" + PATH + "/log?source=" + UriUtils.encodeQueryParam(source, "UTF-8");
	}

	/** What a poll asked from the desk did, in a sentence. */
	private String said(WirePoller.Report report) {
		if (!report.polled()) {
			return labels.get("wiredesk.polled.elsewhere");
		}
		if (report.error() != null) {
			return labels.get("wiredesk.polled.failed", report.error());
		}
		int lines = report.counts().values().stream().mapToInt(Integer::intValue).sum();
		return lines == 0 ? labels.get("wiredesk.polled.nothing") : labels.count("wiredesk.polled.lines", lines);
	}

	/**
	 * An editor has seen to a flagged item: the flag goes (and an agency version still
	 * kept, as if the newsroom's text were kept).
	 */
	@PostMapping(PATH + "/seen")
	String seen(@RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "") String guid) {
		if (!versions.seen(provider, guid)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + PATH + "?done";
	}

	/**
	 * The outcomes whose label, in the page's language, holds the query ("non utilisée"
	 * finds the pictures not used): none for a blank query, which finds every line
	 * anyway.
	 */
	private List<IngestLog.Outcome> outcomesNamed(String query) {
		if (query.isEmpty()) {
			return List.of();
		}
		String wanted = query.toLowerCase(java.util.Locale.ROOT);
		return java.util.Arrays.stream(IngestLog.Outcome.values())
			.filter(o -> labels.get("wiredesk.outcome." + o.word()).toLowerCase(java.util.Locale.ROOT).contains(wanted))
			.toList();
	}

	@GetMapping(PATH + "/log")
	String log(@RequestParam(required = false) @Nullable String source, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Model model) {
		int number = PageNumber.parse(page, Integer.MAX_VALUE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String key = source == null || source.isBlank() ? null : source;
		String query = CleanText.line(q).strip();
		List<WireSource> all = sources.all();
		Map<String, String> names = names(all);
		int size = 50;
		List<IngestLog.Line> lines = ingestLog.search(key, query, outcomesNamed(query), (number - 1) * size, size + 1);
		boolean hasNext = lines.size() > size;
		List<WireDeskView.LogRow> rows = (hasNext ? lines.subList(0, size) : lines).stream()
			.map(l -> new WireDeskView.LogRow(dates.dayAndTime(l.at()), dates.iso(l.at()),
					names.getOrDefault(l.sourceKey(), l.sourceKey()), l.outcome(),
					labels.get("wiredesk.outcome." + l.outcome()), l.entry(), l.identity(),
					l.articleId() == null ? null : "/newsroom/articles/" + l.articleId(), l.detail()))
			.toList();
		String base = PATH + "/log?" + (key == null ? "" : "source=" + UriUtils.encodeQueryParam(key, "UTF-8") + "&")
				+ (query.isEmpty() ? "" : "q=" + UriUtils.encodeQueryParam(query, "UTF-8") + "&") + "page=";
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("wiredesk.log.title"), null, null)));
		model.addAttribute("sources", all);
		model.addAttribute("source", key == null ? "" : key);
		model.addAttribute("q", query);
		model.addAttribute("rows", rows);
		model.addAttribute("previousUrl", number > 1 ? base + (number - 1) : null);
		model.addAttribute("nextUrl", hasNext ? base + (number + 1) : null);
		if (!(model.getAttribute("polled") instanceof String)) {
			model.addAttribute("polled", null);
		}
		return "wires/log";
	}

	/** The sources' names by their keys, as the pages name them. */
	private static Map<String, String> names(List<WireSource> all) {
		Map<String, String> names = new java.util.HashMap<>();
		all.forEach(s -> names.put(s.key(), s.name()));
		return names;
	}

	@Bean
	static NewsroomLink wiresLink() {
		return new NewsroomLink("wiredesk.menu", PATH, 45);
	}

	private String page(HttpServletRequest request, Model model, @Nullable String notice, @Nullable String problem,
			WireSources.Form newForm, @Nullable Long failedId) {
		Map<String, PollRepository.State> states = polls.all();
		List<WireSource> all = sources.all();
		List<WireDeskView.SourceRow> rows = all.stream().map(s -> {
			PollRepository.State st = states.get(s.key());
			return new WireDeskView.SourceRow(s, WireSources.Form.of(s), st == null ? 0 : st.failures(),
					st == null ? null : st.lastError(), time(st == null ? null : st.lastErrorAt()),
					time(st == null ? null : st.lastSuccessAt()), time(st == null ? null : st.nextPollAt()),
					PATH + "/log?source=" + UriUtils.encodeQueryParam(s.key(), "UTF-8"));
		}).toList();
		List<WireDeskView.FlagRow> flags = items.flagged(100).stream().map(this::flagRow).toList();
		Map<String, String> names = names(all);
		List<WireDeskView.AwaitedRow> waiting = awaited.latest(100)
			.stream()
			.map(a -> new WireDeskView.AwaitedRow(a.fileName(), names.getOrDefault(a.sourceKey(), a.sourceKey()),
					a.identity(), "/newsroom/articles/" + a.articleId(),
					dates.dayAndTime(a.since().plus(settings.pictureWait()))))
			.toList();
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("wiredesk.title"), null, null)));
		model.addAttribute("awaited", waiting);
		model.addAttribute("rows", rows);
		model.addAttribute("flags", flags);
		model.addAttribute("sections", ledger.sections());
		model.addAttribute("form", newForm);
		model.addAttribute("notice", notice);
		model.addAttribute("problem", problem);
		return "wires/desk";
	}

	private WireDeskView.FlagRow flagRow(ItemRepository.Flagged flagged) {
		ItemRepository.Filed f = flagged.item();
		return new WireDeskView.FlagRow(f.headline(),
				f.articleId() == null ? null : "/newsroom/articles/" + f.articleId(),
				labels.get("wiredesk.state." + f.state()), f.flag() == null ? "" : f.flag(),
				f.editorsNote() == null ? "" : f.editorsNote(), f.provider(), f.guid(),
				flagged.pending() ? WireVersionPage.of(f.provider(), f.guid()) : null);
	}

	private @Nullable String time(@Nullable Instant at) {
		return at == null ? null : dates.dayAndTime(at);
	}

	private String problem(SourceRefused refused) {
		return String.join(" ", refused.problems().shown(labels::get).sentences().values());
	}

	private static WireSources.Form form(Map<String, String> f) {
		return new WireSources.Form(f.get("name"), f.get("type"), f.get("location"), f.get("agency"), f.get("section"),
				f.get("tags"), f.get("mode"), f.get("interval"), f.containsKey("active"));
	}

}
