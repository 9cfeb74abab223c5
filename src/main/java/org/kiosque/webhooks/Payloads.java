package org.kiosque.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.comment.ApprovedComment;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bodies of deliveries, as docs/webhooks.md shows them: {@code id} (the event's,
 * the same for every hook, to recognise a repeat), {@code event}, {@code occurredAt} (ISO
 * 8601, UTC), {@code site} and either {@code article} or {@code comment}. Written once,
 * when the event is recorded: a retry sends the same bytes.
 */
@Component
class Payloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteSettings site;

	Payloads(SiteSettings site) {
		this.site = site;
	}

	/**
	 * @param revision the desk's latest revision of the article, {@code 0} when it has
	 * none
	 */
	String article(WebhookEvent event, String eventId, Instant at, DeskArticle article, int revision) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("id", article.id());
		a.put("url", site.absolute(article.path()));
		a.put("slug", article.slug());
		a.put("headline", article.headline());
		a.put("standfirst", article.standfirst());
		a.put("section", article.sectionSlug());
		a.put("tags", article.tags());
		a.put("byline", article.byline());
		a.put("source", article.source());
		a.put("status", status(article.status()));
		a.put("revision", revision);
		a.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
		a.put("changedAt", article.changedAt().toString());
		return write(envelope(event, eventId, at, "article", a));
	}

	String comment(WebhookEvent event, String eventId, Instant at, ApprovedComment comment, String articleUrl) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("id", comment.id());
		c.put("articleId", comment.articleId());
		c.put("articleUrl", articleUrl);
		c.put("author", comment.author());
		c.put("fromNewsroom", comment.fromNewsroom());
		c.put("excerpt", comment.excerpt());
		c.put("createdAt", comment.createdAt().toString());
		return write(envelope(event, eventId, at, "comment", c));
	}

	/** The admin API's names of statuses ({@code draft}, {@code review}...). */
	static String status(ArticleStatus status) {
		return switch (status) {
			case DRAFT -> "draft";
			case IN_REVIEW -> "review";
			case SCHEDULED -> "scheduled";
			case PUBLISHED -> "published";
			case UNPUBLISHED -> "unpublished";
		};
	}

	private Map<String, Object> envelope(WebhookEvent event, String eventId, Instant at, String name, Object body) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", eventId);
		m.put("event", event.wireName());
		m.put("occurredAt", at.toString());
		m.put("site", site.baseUrl().toString());
		m.put(name, body);
		return m;
	}

	private static String write(Map<String, Object> body) {
		return JSON.writeValueAsString(body);
	}

}
