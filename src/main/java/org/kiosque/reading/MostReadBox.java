package org.kiosque.reading;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import gg.jte.Content;

import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleChanged;
import org.kiosque.site.Labels;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.kiosque.site.CacheSettings;
import org.springframework.stereotype.Component;
import org.kiosque.site.AfterCommit;
import org.kiosque.site.ChangedElsewhere;
import org.springframework.context.event.EventListener;

/**
 * {@code Les plus lus} in the side column: the five most-read published articles of the
 * last 24 hours on article pages, and of 7 days too on the home page. Reading ranks ids;
 * this box keeps the published ones and gives them their headlines (cached like
 * articles).
 */
@Component
class MostReadBox implements PageSlot {

	static final int SHOWN = 5;

	/** Ranked ids asked for, so that unpublished ones can be skipped and five remain. */
	private static final int RANKED = 25;
	static final Duration DAY = Duration.ofHours(24);
	static final Duration WEEK = Duration.ofDays(7);

	private final MostRead mostRead;

	private final ArticleCatalog catalog;

	private final Templates templates;

	private final Labels labels;

	private final Cache<Duration, List<MostReadEntry>> lists;

	MostReadBox(MostRead mostRead, ArticleCatalog catalog, Templates templates, Labels labels, CacheSettings cache) {
		this.mostRead = mostRead;
		this.catalog = catalog;
		this.templates = templates;
		this.labels = labels;
		this.lists = Caffeine.newBuilder().maximumSize(10).expireAfterWrite(cache.articleTtl()).build();
	}

	@Override
	public Slot slot() {
		return Slot.ASIDE;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Content render(PageContext context) {
		boolean home = "/".equals(context.path());
		if (!home && context.articleId() == null) {
			return Templates.EMPTY;
		}
		List<MostReadEntry> day = list(DAY);
		List<MostReadEntry> week = home ? list(WEEK) : List.of();
		if (day.isEmpty() && week.isEmpty()) {
			return Templates.EMPTY;
		}
		return templates.content("reading/most-read.jte", Map.of("labels", labels, "day", day, "week", week));
	}

	/**
	 * An article edited or withdrawn leaves the lists once the change is committed, not a
	 * {@code kiosque.cache.article-ttl} later.
	 */
	@EventListener
	void on(ArticleChanged changed) {
		AfterCommit.run(lists::invalidateAll);
	}

	/** The same, for an article changed on another node. */
	@EventListener
	void on(ChangedElsewhere change) {
		if (change.is(ArticleChanged.class)) {
			lists.invalidateAll();
		}
	}

	List<MostReadEntry> list(Duration period) {
		return lists.get(period, p -> {
			List<RankedArticle> ranked = mostRead.ranking(p, RANKED);
			Map<Long, Long> readsById = new java.util.HashMap<>();
			ranked.forEach(r -> readsById.put(r.articleId(), r.reads()));
			return catalog.teasers(ranked.stream().map(RankedArticle::articleId).toList())
				.stream()
				.limit(SHOWN)
				.map(t -> new MostReadEntry(t.headline(), t.path(),
						labels.count("reading.most-read.reads", readsById.get(t.id()))))
				.toList();
		});
	}

}
