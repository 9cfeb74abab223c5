package org.kiosque.reading;

import java.util.Map;

import gg.jte.Content;

import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.stereotype.Component;

/**
 * In beacon mode, the beacon image under the article body of a page being viewed; nothing
 * in page mode.
 */
@Component
class BeaconSlot implements PageSlot {

	private final ReadCounts reads;

	private final Templates templates;

	BeaconSlot(ReadCounts reads, Templates templates) {
		this.reads = reads;
		this.templates = templates;
	}

	@Override
	public Slot slot() {
		return Slot.ARTICLE_FOOTER;
	}

	@Override
	public Content render(PageContext context) {
		// No beacon on a page shown again as the answer to a form: that is no read.
		if (!reads.beaconMode() || context.articleId() == null || !context.view()) {
			return Templates.EMPTY;
		}
		return templates.content("reading/beacon.jte", Map.of("articleId", context.articleId()));
	}

}
