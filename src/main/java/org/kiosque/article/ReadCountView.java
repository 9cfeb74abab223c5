package org.kiosque.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.kiosque.web.PageView;

/**
 * The article page's part in every view, copies included: the line printed holds the
 * total before this read (with the words its count takes), then the read is counted.
 */
record ReadCountView(long articleId, ReadCounter reads, Labels labels) implements PageView {

	/** The element around the count in {@code article/article.jte}. */
	static final String TAG = "<span class=\"read-count\">";

	@Override
	public void seen(HttpServletRequest request, HttpServletResponse response) {
		reads.count(articleId, request, response);
	}

	@Override
	public String liveTag() {
		return TAG;
	}

	@Override
	public String liveText() {
		return labels.count("article.reads", reads.total(articleId));
	}
}
