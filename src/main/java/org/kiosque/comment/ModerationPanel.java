package org.kiosque.comment;

import java.util.List;

import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.NewsroomPanel;
import org.springframework.stereotype.Component;

/**
 * The moderation queue's panel on the newsroom's dashboard: how many comments wait for a
 * moderator, and the newest of them (the queue itself serves the oldest first).
 */
@Component
class ModerationPanel implements NewsroomPanel {

	static final int SHOWN = 5;

	/** A comment's start shown on the panel, in characters. */
	static final int EXCERPT = 90;

	private final CommentRepository comments;

	private final Labels labels;

	private final NewspaperDates dates;

	ModerationPanel(CommentRepository comments, Labels labels, NewspaperDates dates) {
		this.comments = comments;
		this.labels = labels;
		this.dates = dates;
	}

	@Override
	public String path() {
		return ModerationQueue.PATH;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public View view() {
		long waiting = comments.countPending();
		List<Line> lines = comments.latestPending(SHOWN)
			.stream()
			.map(c -> new Line(c.authorName() + " : " + excerpt(c.body()), null, dates.dayAndTime(c.createdAt())))
			.toList();
		String summary = waiting == 0 ? labels.get("comment.panel.none") : labels.count("comment.panel.count", waiting);
		return new View("panel-moderation", labels.get("comment.panel.title"), summary, lines, ModerationQueue.PATH,
				labels.get("comment.panel.link"));
	}

	private static String excerpt(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).stripTrailing() + "…";
	}

}
