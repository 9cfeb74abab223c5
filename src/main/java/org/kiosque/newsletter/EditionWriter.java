package org.kiosque.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.article.LeadImage;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Rendition;
import org.kiosque.site.Excerpt;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;

/** Renders an edition once, as HTML and as plain text, for every subscriber. */
@Component
class EditionWriter {

	record Rendered(String subject, String html, String text) {
	}

	/**
	 * The longest subject, ellipsis included: the {@code edition.subject} column. An
	 * alert's subject holds a whole headline, which may be that long by itself.
	 */
	static final int SUBJECT = 300;

	private final TemplateEngine templates;

	private final Labels labels;

	private final SiteSettings site;

	private final NewspaperDates dates;

	EditionWriter(TemplateEngine templates, Labels labels, SiteSettings site, NewspaperDates dates) {
		this.templates = templates;
		this.labels = labels;
		this.site = site;
		this.dates = dates;
	}

	Rendered edition(List<ArticleTeaser> articles, Instant at) {
		String day = dates.day(at);
		return render(labels.get("newsletter.edition.subject", site.name(), day),
				labels.get("newsletter.edition.heading", site.name()), day, articles);
	}

	Rendered alert(ArticleTeaser article, Instant at) {
		return render(labels.get("newsletter.alert.subject", article.headline()),
				labels.get("newsletter.alert.heading"), dates.dayAndTime(at), List.of(article));
	}

	private Rendered render(String subject, String heading, String dayline, List<ArticleTeaser> articles) {
		List<EditionPage.Item> items = articles.stream().map(this::item).toList();
		EditionPage page = new EditionPage(site.name(), site.absolute("/"), heading, dayline, items,
				Letters.UNSUBSCRIBE_MARK);
		StringOutput html = new StringOutput();
		templates.render("newsletter/edition-mail.jte", Map.of("page", page, "labels", labels), html);
		return new Rendered(Excerpt.of(subject, SUBJECT), html.toString(), text(page));
	}

	private EditionPage.Item item(ArticleTeaser a) {
		String image = image(a.image());
		return new EditionPage.Item(a.headline(), a.standfirst(), site.absolute(a.path()), image,
				a.image().caption() == null ? "" : a.image().caption(),
				a.section() == null ? null : a.section().name());
	}

	/**
	 * The picture a mail shows (552 pixels wide, twice as many for sharp screens): a
	 * library picture's 16:9 rendition up to 1280 wide, else an older import's address;
	 * {@code null} for none.
	 */
	private @Nullable String image(LeadImage image) {
		PictureRef picture = image.picture();
		if (picture != null) {
			int width = picture.widths(Crop.WIDE).get(0);
			for (int w : picture.widths(Crop.WIDE)) {
				if (w <= MAIL_PICTURE_WIDTH) {
					width = w;
				}
			}
			return site.absolute(picture.rendition(Crop.WIDE, width, Rendition.Format.JPEG).path());
		}
		String url = image.url();
		return url == null || url.isBlank() ? null : absolute(url);
	}

	/** The widest rendition a mail asks for, in pixels. */
	private static final int MAIL_PICTURE_WIDTH = 1280;

	private String absolute(String url) {
		return url.startsWith("/") ? site.absolute(url) : url;
	}

	private String text(EditionPage page) {
		StringBuilder out = new StringBuilder();
		out.append(page.heading()).append('\n').append(page.dayline()).append("\n\n");
		for (EditionPage.Item item : page.items()) {
			out.append("■ ").append(item.headline()).append('\n');
			if (item.standfirst() != null && !item.standfirst().isBlank()) {
				out.append(item.standfirst()).append('\n');
			}
			out.append(labels.get("newsletter.edition.read")).append(" : ").append(item.url()).append("\n\n");
		}
		out.append("-- \n")
			.append(labels.get("newsletter.edition.why", page.siteName()))
			.append('\n')
			.append(labels.get("newsletter.edition.unsubscribe"))
			.append(" : ")
			.append(page.unsubscribeUrl())
			.append('\n');
		return out.toString();
	}

}
