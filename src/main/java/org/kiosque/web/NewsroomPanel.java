package org.kiosque.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A feature's panel on the newsroom's home, the dashboard: what waits at its desk
 * (articles to review, comments to moderate, editions sent...). The newsroom knows no
 * feature: each registers a bean of this type, and the home shows the panels whose
 * {@link #path()} the signed-in person may open, as the access rules say, in
 * {@link #order()}.
 */
public interface NewsroomPanel {

	/**
	 * The desk the panel stands for, under {@code /newsroom}; its access decides who sees
	 * it.
	 */
	String path();

	/** Position on the dashboard, lower first. */
	int order();

	/** What the panel says now, in the site's language. */
	View view();

	/**
	 * A panel as shown.
	 *
	 * @param id the panel's HTML id ({@code panel-review}...), stable for tests and
	 * styles
	 * @param title its heading
	 * @param summary one sentence: a count, a total
	 * @param lines a few items, most pressing first; empty for none
	 * @param href where its link leads (the desk, maybe filtered)
	 * @param linkLabel the link's text
	 */
	record View(String id, String title, String summary, List<Line> lines, String href, String linkLabel) {
	}

	/**
	 * One item of a panel.
	 *
	 * @param text what it is (a headline, a comment's start)
	 * @param href where it opens, or {@code null}
	 * @param note a detail (a time, a count), or {@code null}
	 */
	record Line(String text, @Nullable String href, @Nullable String note) {
	}

}
