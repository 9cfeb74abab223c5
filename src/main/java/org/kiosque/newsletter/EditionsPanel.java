package org.kiosque.newsletter;

import java.util.List;

import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.NewsroomPanel;
import org.springframework.stereotype.Component;

/**
 * The newsletter's panel on the newsroom's dashboard: the last editions and how they went
 * out.
 */
@Component
class EditionsPanel implements NewsroomPanel {

	static final int SHOWN = 3;

	private final EditionRepository editions;

	private final Labels labels;

	private final NewspaperDates dates;

	EditionsPanel(EditionRepository editions, Labels labels, NewspaperDates dates) {
		this.editions = editions;
		this.labels = labels;
		this.dates = dates;
	}

	@Override
	public String path() {
		return NewsletterDesk.PATH;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public View view() {
		List<Line> lines = editions.latest(SHOWN)
			.stream()
			.map(e -> new Line(e.subject(), null,
					dates.dayAndTime(e.createdAt()) + " · " + labels.count("newsletter.panel.sent", e.sent())
							+ (e.failed() > 0 ? " · " + labels.count("newsletter.panel.failed", e.failed()) : "")))
			.toList();
		return new View("panel-editions", labels.get("newsletter.panel.title"),
				lines.isEmpty() ? labels.get("newsletter.panel.none") : labels.get("newsletter.panel.latest"), lines,
				NewsletterDesk.PATH, labels.get("newsletter.panel.link"));
	}

}
