package org.kiosque.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

/**
 * What must be fresh on every view of a page, even when {@link RenderedPages} serves a
 * copy made for an earlier reader: counting the read, naming a new reader with a cookie,
 * and the page's one live element (the read count), written afresh into each copy. A view
 * must not hold on to the request or response it was made in.
 */
public interface PageView {

	/** Runs on every view, after {@link #liveText()} was taken. */
	void seen(HttpServletRequest request, HttpServletResponse response);

	/**
	 * The opening tag of the page's live element exactly as the page prints it, once,
	 * e.g. {@code <span class="read-count">}; its text runs to the next tag. Null when
	 * the page has none.
	 */
	default @Nullable String liveTag() {
		return null;
	}

	/** The live element's text now; escaped where it is written. */
	default String liveText() {
		return "";
	}

}
