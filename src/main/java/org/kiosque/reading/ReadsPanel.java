package org.kiosque.reading;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.NewsroomPanel;
import org.springframework.stereotype.Component;

/**
 * The reads' panel on the newsroom's dashboard: today's reads in all (since midnight in
 * the newsroom's time zone, as counted so far: reads are written every few seconds) and
 * today's most read articles.
 */
@Component
class ReadsPanel implements NewsroomPanel {

	static final int SHOWN = 5;

	private final ReadRepository reads;

	private final ArticleCatalog catalog;

	private final Labels labels;

	private final SiteSettings site;

	private final Clock clock;

	ReadsPanel(ReadRepository reads, ArticleCatalog catalog, Labels labels, SiteSettings site, Clock clock) {
		this.reads = reads;
		this.catalog = catalog;
		this.labels = labels;
		this.site = site;
		this.clock = clock;
	}

	@Override
	public String path() {
		return ReadingStatistics.PATH;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public View view() {
		Instant now = clock.instant();
		Instant midnight = LocalDate.ofInstant(now, site.timeZone()).atStartOfDay(site.timeZone()).toInstant();
		// Hours are stored by their start: the current hour is included.
		Instant end = now.plusSeconds(3600);
		long today = reads.sum(midnight, end);
		List<RankedArticle> ranked = reads.ranking(midnight, end, SHOWN);
		Map<Long, ArticleTeaser> teasers = new HashMap<>();
		catalog.teasers(ranked.stream().map(RankedArticle::articleId).toList()).forEach(t -> teasers.put(t.id(), t));
		List<Line> lines = new ArrayList<>();
		for (RankedArticle r : ranked) {
			ArticleTeaser teaser = teasers.get(r.articleId());
			String href = ReadingStatistics.PATH + "/articles/" + r.articleId();
			lines.add(new Line(teaser == null
					? labels.get("reading.statistics.unpublished", String.valueOf(r.articleId())) : teaser.headline(),
					href, labels.count("reading.panel.reads", r.reads())));
		}
		return new View("panel-reads", labels.get("reading.panel.title"), labels.count("reading.panel.today", today),
				lines, ReadingStatistics.PATH, labels.get("reading.panel.link"));
	}

}
