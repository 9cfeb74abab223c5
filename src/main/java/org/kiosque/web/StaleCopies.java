package org.kiosque.web;

import org.kiosque.site.AfterCommit;
import org.kiosque.site.ChangedElsewhere;
import org.kiosque.site.SiteSettingChanged;
import org.springframework.context.event.EventListener;

/**
 * Drops the node's page copies ({@link RenderedPages}) once a change that shows on public
 * pages ({@link PageChange}) is committed; a page being made meanwhile, which may have
 * read the old rows, is not kept either.
 * <p>
 * Apart from {@link RenderedPages}, whose filter serves the copies and is better kept
 * free of listeners. The drop needs no durable publication ({@link AfterCommit}).
 */
class StaleCopies {

	private final RenderedPages pages;

	StaleCopies(RenderedPages pages) {
		this.pages = pages;
	}

	@EventListener
	void on(PageChange change) {
		AfterCommit.run(pages::forget);
	}

	/** The name, language or address changed: every page shows it. */
	@EventListener
	void on(SiteSettingChanged change) {
		AfterCommit.run(pages::forget);
	}

	/** Another node changed something public pages show: every kind shared is one. */
	@EventListener
	void on(ChangedElsewhere change) {
		pages.forget();
	}

}
