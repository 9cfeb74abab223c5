package org.kiosque.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Rendition;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.ScriptJson;
import org.kiosque.web.SharingCard;
import org.kiosque.web.SiteLogo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** schema.org {@code NewsArticle} JSON-LD, so search engines read the page as news. */
@Component
class StructuredData {

	private final SiteSettings site;

	private final NewspaperDates dates;

	private final ObjectProvider<SiteLogo> logos;

	StructuredData(SiteSettings site, NewspaperDates dates, ObjectProvider<SiteLogo> logos) {
		this.site = site;
		this.dates = dates;
		this.logos = logos;
	}

	/**
	 * The picture link previews and search engines show for an article: its lead
	 * picture's 1200-wide card rendition (1200×630, cut around the focal point), else an
	 * older import's address as it is; {@code null} for none. Addresses are absolute.
	 */
	@Nullable SharingCard card(LeadImage image) {
		PictureRef picture = image.picture();
		if (picture != null) {
			Rendition card = picture.widest(Crop.CARD);
			return new SharingCard(site.absolute(card.path()), card.width(), picture.heightAt(Crop.CARD, card.width()),
					image.alt());
		}
		String url = image.url();
		if (url == null || url.isBlank()) {
			return null;
		}
		return new SharingCard(url.startsWith("http") ? url : site.absolute(url), 0, 0, image.alt());
	}

	/**
	 * The article's JSON-LD.
	 * @param description the page's meta description (plain text, already cut), given as
	 * the article's {@code description}: Jackson escapes it once, for JSON
	 * @param authorPath the byline's author page ({@link BylineLinks}), or {@code null}
	 * when the byline has none (a freelancer, an agency): the {@code Person} then has no
	 * {@code url}, rather than one that answers 404
	 * @param authorImage the author's portrait ({@link BylineLinks#authorImage}), the
	 * {@code Person}'s {@code image}; {@code null} for none
	 */
	ScriptJson newsArticle(PublishedArticle article, String description, @Nullable String authorPath,
			@Nullable String authorImage) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "NewsArticle");
		ld.put("headline", article.headline());
		if (!description.isEmpty()) {
			ld.put("description", description);
		}
		ld.put("datePublished", dates.iso(article.publishedAt()));
		ld.put("dateModified", dates.iso(article.lastModified()));
		ld.put("mainEntityOfPage", site.absolute(article.path()));
		ld.put("inLanguage", site.locale().getLanguage());
		ld.put("publisher", publisher());
		if (article.byline() != null && !article.byline().isBlank()) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("@type", "Person");
			person.put("name", article.byline());
			if (authorPath != null) {
				person.put("url", site.absolute(authorPath));
				if (authorImage != null) {
					person.put("image", site.absolute(authorImage));
				}
			}
			ld.put("author", person);
		}
		else if (article.source() != null) {
			ld.put("author", Map.of("@type", "Organization", "name", article.source().name()));
		}
		if (article.source() != null) {
			// The agency the story comes from, credited apart from who signed it.
			ld.put("sourceOrganization", Map.of("@type", "Organization", "name", article.source().name(),
					"alternateName", article.source().tag()));
		}
		SharingCard card = card(article.image());
		if (card != null) {
			ld.put("image", List.of(card.url()));
		}
		if (article.section() != null) {
			ld.put("articleSection", article.section().name());
		}
		if (!article.corrections().isEmpty()) {
			ld.put("correction",
					article.corrections()
						.stream()
						.map(c -> Map.of("@type", "CorrectionComment", "text", c.text(), "datePublished",
								dates.iso(c.madeAt())))
						.toList());
		}
		// Every field may hold markup an editor or an agency typed: ScriptJson keeps it
		// from closing or escaping the surrounding <script> element.
		return ScriptJson.of(ld);
	}

	/**
	 * The newspaper, with its address and its logo: the largest square cut of the logo an
	 * admin chose, else the site icon.
	 */
	private Map<String, Object> publisher() {
		Map<String, Object> publisher = new LinkedHashMap<>();
		publisher.put("@type", "Organization");
		publisher.put("name", site.name());
		publisher.put("url", site.absolute("/"));
		SiteLogo logo = logos.getIfAvailable();
		String url = (logo == null ? Optional.<SiteLogo.Image>empty() : logo.logo()).map(l -> l.icons().getLast().src())
			.orElse("/icon.svg");
		publisher.put("logo", Map.of("@type", "ImageObject", "url", site.absolute(url)));
		return publisher;
	}

}
