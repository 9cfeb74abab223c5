package org.kiosque.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import gg.jte.Content;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Frame} of a page: meta data plus every feature's slot content. The
 * newsroom's pages ({@code /newsroom/**}) get a frame of their own: the masthead and
 * footer, without the readers' boxes of the side column and above the footer (most read,
 * newsletter signup).
 */
@Component
public class PageLayout {

	static final String NEWSROOM = "/newsroom";

	private final SiteSettings site;

	private final Labels labels;

	private final List<PageSlot> slots;

	private final ObjectProvider<SectionDirectory> sections;

	private final NewspaperDates dates;

	private final Clock clock;

	private final Stylesheet stylesheet;

	private final SiteIcon icon;

	private final Unindexed unindexed;

	PageLayout(SiteSettings site, Labels labels, List<PageSlot> slots, ObjectProvider<SectionDirectory> sections,
			NewspaperDates dates, Clock clock, Stylesheet stylesheet, SiteIcon icon, Unindexed unindexed) {
		this.site = site;
		this.labels = labels;
		this.slots = slots.stream().sorted(Comparator.comparingInt(PageSlot::order)).toList();
		this.sections = sections;
		this.dates = dates;
		this.clock = clock;
		this.stylesheet = stylesheet;
		this.icon = icon;
		this.unindexed = unindexed;
	}

	public Frame frame(HttpServletRequest request, PageMeta meta) {
		return frame(request, meta, null);
	}

	public Frame frame(HttpServletRequest request, PageMeta meta, @Nullable Long articleId) {
		return frame(request, meta, articleId, request.getRequestURI());
	}

	/**
	 * The frame of the page at {@code path}, made in a request to another address: the
	 * page shown again by the handler of a form posted from it (a refused comment, whose
	 * request is {@code POST /comments/{id}}). Slots see {@code path} as the page's.
	 */
	public Frame frame(HttpServletRequest request, PageMeta meta, @Nullable Long articleId, String path) {
		FormToken csrf = FormToken.of(request);
		PageContext context = new PageContext(request, articleId, path, csrf, isView(request));
		String title = meta.title() == null ? site.name() : meta.title() + " – " + site.name();
		return new Frame(site.name(), title, meta.description() == null ? site.tagline() : meta.description(),
				meta.canonicalPath() == null ? null : site.absolute(meta.canonicalPath()), labels.lang(), labels,
				sections.getIfAvailable(() -> List::of).navigation(), render(Slot.MASTHEAD_ACCOUNT, context),
				render(Slot.ARTICLE_FOOTER, context), render(Slot.ARTICLE_COMMENTS, context),
				readers(path) ? render(Slot.ASIDE, context) : Templates.EMPTY,
				readers(path) ? render(Slot.FOOTER, context) : Templates.EMPTY, meta.structuredData(), csrf,
				head(request, meta, context));
	}

	private Frame.Head head(HttpServletRequest request, PageMeta meta, PageContext context) {
		return new Frame.Head(dates.day(clock.instant()), stylesheet.address(), icon.iconAddress(),
				icon.address(SiteIcon.MANIFEST), unindexed.matches(request), meta.openGraphType(),
				meta.title() == null ? site.name() : meta.title(), render(Slot.FOOTER_LINKS, context), meta.card(),
				icon.iconType(), icon.touchIcon(), icon.logo().orElse(null), icon.iconSizes(),
				icon.logo().isPresent() ? "180x180" : null);
	}

	/**
	 * True when the request is a view of its page: a {@code GET} (or {@code HEAD}) that
	 * no slot claims as the answer to its form ({@link PageSlot#answers}). A page made
	 * for a {@code POST} (a form refused and shown again with what was typed) is no view.
	 * Only a view counts a read.
	 */
	public boolean isView(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		for (PageSlot slot : slots) {
			if (slot.answers(request)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the page is the readers' rather than the staff's back office. */
	static boolean readers(String path) {
		return !(path.equals(NEWSROOM) || path.startsWith(NEWSROOM + "/"));
	}

	private Content render(Slot slot, PageContext context) {
		List<Content> parts = slots.stream().filter(s -> s.slot() == slot).map(s -> s.render(context)).toList();
		if (parts.isEmpty()) {
			return Templates.EMPTY;
		}
		return output -> parts.forEach(part -> part.writeTo(output));
	}

}
