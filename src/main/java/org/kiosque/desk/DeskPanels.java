package org.kiosque.desk;

import java.util.List;

import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LedgerQuery;
import org.kiosque.article.PublicationSchedule;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.NewsroomPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The desk's panels on the newsroom's dashboard: the articles waiting for review, and the
 * next scheduled publications.
 */
@Configuration(proxyBeanMethods = false)
class DeskPanels {

	static final int SHOWN = 5;

	@Bean
	NewsroomPanel reviewPanel(ArticleLedger ledger, Labels labels, NewspaperDates dates, CurrentReader current,
			DeskPolicy policy) {
		return new NewsroomPanel() {

			@Override
			public String path() {
				return ArticleEditor.PATH;
			}

			@Override
			public int order() {
				return 10;
			}

			@Override
			public View view() {
				// A contributor sees their own articles only, as on the desk's list.
				ReaderIdentity me = current.get().orElseThrow();
				Long author = policy.seesEveryArticle(me) ? null : me.id();
				// One more than shown tells "more than five" without counting them all.
				List<Line> lines = ledger
					.list(new LedgerQuery(ArticleStatus.IN_REVIEW, null, author, null, null, null), 0, SHOWN + 1)
					.stream()
					.map(a -> new Line(a.headline(), ArticleEditor.PATH + "/" + a.id(),
							dates.dayAndTime(a.changedAt())))
					.toList();
				String summary = lines.isEmpty() ? labels.get("desk.panel.review.none")
						: lines.size() > SHOWN ? labels.count("desk.panel.review.more", SHOWN)
								: labels.count("desk.panel.review.count", lines.size());
				return new View("panel-review", labels.get("desk.panel.review.title"), summary,
						lines.subList(0, Math.min(SHOWN, lines.size())),
						ArticleEditor.PATH + "?status=" + ArticleStatus.IN_REVIEW.name(),
						labels.get("desk.panel.review.link"));
			}
		};
	}

	@Bean
	NewsroomPanel schedulePanel(PublicationSchedule schedule, Labels labels, NewspaperDates dates) {
		return new NewsroomPanel() {

			@Override
			public String path() {
				return SchedulePage.PATH;
			}

			@Override
			public int order() {
				return 20;
			}

			@Override
			public View view() {
				long count = schedule.countScheduled();
				List<Line> lines = schedule.upcoming(SHOWN)
					.stream()
					.map(a -> new Line(a.headline(), ArticleEditor.PATH + "/" + a.id(),
							dates.dayAndTime(a.scheduledFor())))
					.toList();
				String summary = count == 0 ? labels.get("desk.panel.schedule.none")
						: labels.count("desk.panel.schedule.count", count);
				return new View("panel-schedule", labels.get("desk.panel.schedule.title"), summary, lines,
						SchedulePage.PATH, labels.get("desk.panel.schedule.link"));
			}
		};
	}

}
