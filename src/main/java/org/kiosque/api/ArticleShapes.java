package org.kiosque.api;

import java.time.Clock;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.article.LeadImage;
import org.kiosque.desk.RevisionRepository;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Articles read through the ledger and the desk's revisions, shaped as
 * {@link ApiArticle}.
 */
@Component
class ArticleShapes {

	private final ArticleLedger ledger;

	private final RevisionRepository revisions;

	private final SiteSettings site;

	private final NewspaperDates dates;

	private final Clock clock;

	ArticleShapes(ArticleLedger ledger, RevisionRepository revisions, SiteSettings site, NewspaperDates dates,
			Clock clock) {
		this.clock = clock;
		this.ledger = ledger;
		this.revisions = revisions;
		this.site = site;
		this.dates = dates;
	}

	Optional<ApiArticle> find(long id, boolean withBody) {
		return ledger.find(id).map(a -> shape(a, withBody));
	}

	ApiArticle shape(DeskArticle a, boolean withBody) {
		String publishAt = a.status() == ArticleStatus.SCHEDULED && a.publishedAt() != null ? dates.iso(a.publishedAt())
				: null;
		String publishedAt = a.status() != ArticleStatus.SCHEDULED && a.publishedAt() != null
				? dates.iso(a.publishedAt()) : null;
		return new ApiArticle(a.id(), a.slug(), site.absolute(a.path()), a.headline(), a.standfirst(),
				withBody ? a.bodyMarkdown() : null, a.sectionSlug(), a.tags(), a.byline(), a.source(), a.description(),
				status(a.status()), publishAt, publishedAt, revisions.latestNumber(a.id()),
				image(ledger.lead(a.id()).orElse(LeadImage.none())),
				a.embargoedAt(clock.instant()) ? dates.iso(a.embargoUntil()) : null,
				a.editorsNote() == null || a.editorsNote().isBlank() ? null : a.editorsNote());
	}

	/** The API's name of a status. */
	static String status(ArticleStatus status) {
		return status == ArticleStatus.IN_REVIEW ? "review" : status.name().toLowerCase(Locale.ROOT);
	}

	private ApiArticle.@Nullable Image image(LeadImage image) {
		if (image.isEmpty()) {
			return null;
		}
		PictureRef picture = image.picture();
		String url = picture != null ? picture.widest(Crop.FULL).path() : image.url();
		if (url != null && url.startsWith("/")) {
			url = site.absolute(url);
		}
		return new ApiArticle.Image(image.pictureId(), url, image.caption(), image.credit(),
				picture == null ? null : new ApiArticle.FocalPoint(picture.focusX(), picture.focusY()));
	}

}
