package org.kiosque.reading;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.NewspaperNumbers;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The newsroom's reading statistics (any staff member, {@code /newsroom/**}): the most
 * read articles of a chosen period, each article's reads over time as a chart, and the
 * table as CSV.
 */
@Controller
class ReadingStatistics {

	static final String PATH = "/newsroom/statistics";
	static final int TABLE_ROWS = 100;
	static final int CSV_ROWS = 100_000;

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final MostRead mostRead;

	private final ReadCounts reads;

	private final ArticleCatalog catalog;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperNumbers numbers;

	private final NewspaperDates dates;

	private final SiteSettings site;

	private final Clock clock;

	ReadingStatistics(MostRead mostRead, ReadCounts reads, ArticleCatalog catalog, PageLayout layout, Labels labels,
			NewspaperNumbers numbers, NewspaperDates dates, SiteSettings site, Clock clock) {
		this.mostRead = mostRead;
		this.reads = reads;
		this.catalog = catalog;
		this.layout = layout;
		this.labels = labels;
		this.numbers = numbers;
		this.dates = dates;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String top(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, HttpServletRequest request, Model model) {
		ReadingStatisticsPeriod period = period(from, to);
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(labels.get("reading.statistics.title"), null, null)));
		model.addAttribute("labels", labels);
		model.addAttribute("from", period.from().toString());
		model.addAttribute("to", period.to().toString());
		model.addAttribute("heading", labels.get("reading.statistics.top", dates.day(period.start()),
				dates.day(period.to().atStartOfDay(period.zone()).toInstant())));
		model.addAttribute("rows", rows(period, TABLE_ROWS));
		model.addAttribute("query", period.query());
		return "reading/statistics";
	}

	@GetMapping(PATH + "/articles/{id:\\d{1,18}}")
	String article(@PathVariable long id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, HttpServletRequest request, Model model) {
		ReadingStatisticsPeriod period = period(from, to);
		Optional<ArticleTeaser> teaser = catalog.teasers(List.of(id)).stream().findFirst();
		String headline = teaser.map(ArticleTeaser::headline)
			.orElseGet(() -> labels.get("reading.statistics.unpublished", String.valueOf(id)));
		DateTimeFormatter hourFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(site.locale())
			.withZone(site.timeZone());
		DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
			.withLocale(site.locale())
			.withZone(site.timeZone());
		Instant start = period.start();
		Instant end = period.end();
		boolean hourly = java.time.Duration.between(start, end).toHours() <= 72;
		ReadingStatisticsChart chart = ReadingStatisticsChart.of(mostRead.hours(id, start, end), start, end,
				site.timeZone(), (hourly ? hourFormat : dayFormat)::format);
		String title = labels.get("reading.statistics.article.title", headline);
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("labels", labels);
		model.addAttribute("title", title);
		model.addAttribute("articleId", id);
		model.addAttribute("articlePath", teaser.map(ArticleTeaser::path).orElse(""));
		model.addAttribute("from", period.from().toString());
		model.addAttribute("to", period.to().toString());
		model.addAttribute("chart", chart);
		String fromText = dates.day(start);
		String toText = dates.day(period.to().atStartOfDay(period.zone()).toInstant());
		model.addAttribute("caption", labels.get("reading.statistics.article.chart",
				labels
					.get(chart.perHour() ? "reading.statistics.article.by-hour" : "reading.statistics.article.by-day"),
				fromText, toText));
		model.addAttribute("summary",
				labels.count("reading.statistics.article.period", chart.total(), fromText, toText));
		model.addAttribute("allTime", labels.count("reading.statistics.article.total", reads.total(id)));
		model.addAttribute("maxText", numbers.count(chart.max()));
		model.addAttribute("barTitles",
				chart.bars()
					.stream()
					.map(b -> labels.count("reading.statistics.article.bar", b.reads(), b.label()))
					.toList());
		return "reading/statistics-article";
	}

	@GetMapping(PATH + ".csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ReadingStatisticsPeriod period = period(from, to);
		ReadingStatisticsCsv csv = new ReadingStatisticsCsv()
			.row(List.of(labels.get("reading.statistics.csv.id"), labels.get("reading.statistics.csv.headline"),
					labels.get("reading.statistics.csv.path"), labels.get("reading.statistics.csv.reads")));
		for (ReadingStatisticsRow row : rows(period, CSV_ROWS)) {
			csv.row(List.of(String.valueOf(row.articleId()), row.headline(),
					row.path() == null ? "" : site.absolute(row.path()), String.valueOf(row.reads())));
		}
		String file = labels.get("reading.statistics.csv.file") + "-" + period.from() + "-" + period.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<ReadingStatisticsRow> rows(ReadingStatisticsPeriod period, int limit) {
		List<RankedArticle> ranked = mostRead.between(period.start(), period.end(), limit);
		Map<Long, ArticleTeaser> teasers = new HashMap<>();
		List<Long> ids = ranked.stream().map(RankedArticle::articleId).toList();
		for (int from = 0; from < ids.size(); from += 500) {
			catalog.teasers(ids.subList(from, Math.min(ids.size(), from + 500))).forEach(t -> teasers.put(t.id(), t));
		}
		List<ReadingStatisticsRow> rows = new ArrayList<>(ranked.size());
		int rank = 1;
		for (RankedArticle r : ranked) {
			ArticleTeaser t = teasers.get(r.articleId());
			rows.add(new ReadingStatisticsRow(rank++, r.articleId(), t == null
					? labels.get("reading.statistics.unpublished", String.valueOf(r.articleId())) : t.headline(),
					t == null ? null : t.path(), r.reads(), numbers.count(r.reads())));
		}
		return rows;
	}

	private ReadingStatisticsPeriod period(@Nullable String from, @Nullable String to) {
		return ReadingStatisticsPeriod.of(from, to, site.timeZone(), clock.instant())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					labels.get("reading.statistics.bad-period")));
	}

}
