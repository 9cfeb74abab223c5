package org.kiosque.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

import org.kiosque.account.People;
import org.kiosque.account.NewsroomAccess;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.Excerpt;
import org.kiosque.site.Labels;
import org.kiosque.site.Letterhead;
import org.kiosque.site.OutgoingMail;
import org.kiosque.site.Postman;
import org.kiosque.site.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One mail to the editors about the comments waiting for them, never one per comment. It
 * goes out (every {@code kiosque.comments.digest-interval}) only when comments arrived in
 * the queue since the last digest, to every editor and admin and to
 * {@code kiosque.comments.digest-recipients}. The last comment mentioned is kept in the
 * database and advanced with a compare-and-set, so on several nodes only one sends. It
 * comes from the site's sender ({@code kiosque.mail.from}).
 */
@Component
class ModeratorDigest {

	private static final Logger log = LoggerFactory.getLogger(ModeratorDigest.class);
	static final String LAST = "digest-last-id";

	private static final int LISTED = 30;

	/** The longest excerpt of a comment in the digest, ellipsis included. */
	static final int EXCERPT = 200;

	private final CommentRepository repository;

	private final CommentSettings settings;

	private final ArticleCatalog catalog;

	private final Postman postman;

	private final Letterhead letterhead;

	private final Labels labels;

	private final SiteSettings site;

	private final People people;

	private final NewsroomAccess access;

	ModeratorDigest(CommentRepository repository, CommentSettings settings, ArticleCatalog catalog, Postman postman,
			Letterhead letterhead, Labels labels, SiteSettings site, People people, NewsroomAccess access) {
		this.letterhead = letterhead;
		this.people = people;
		this.access = access;
		this.repository = repository;
		this.settings = settings;
		this.catalog = catalog;
		this.postman = postman;
		this.labels = labels;
		this.site = site;
	}

	@Scheduled(fixedDelayString = "${kiosque.comments.digest-interval:1h}",
			initialDelayString = "${kiosque.comments.digest-interval:1h}")
	void scheduled() {
		try {
			send();
		}
		catch (RuntimeException e) {
			log.warn("Comment digest not sent; next try at the next interval", e);
		}
	}

	/** Sends the digest if new comments wait; returns whether a mail went out. */
	boolean send() {
		List<String> recipients = recipients();
		if (recipients.isEmpty()) {
			return false;
		}
		String last = repository.stateIfAbsent(LAST, "0");
		List<Comment> fresh = repository.pendingAfter(Long.parseLong(last), 1000);
		if (fresh.isEmpty()) {
			return false;
		}
		String newest = Long.toString(fresh.getLast().id());
		if (!repository.replaceState(LAST, last, newest)) {
			return false; // another node is sending this one
		}
		try {
			postman.send(mail(recipients, fresh, repository.countPending()));
			return true;
		}
		catch (RuntimeException | MessagingException e) {
			repository.replaceState(LAST, newest, last);
			throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
		}
	}

	/**
	 * The addresses of {@code digest-recipients}, and every enabled moderator: whoever
	 * may open the moderation queue.
	 */
	List<String> recipients() {
		List<String> all = new ArrayList<>(settings.digestRecipients());
		people.staff()
			.stream()
			.filter(p -> p.enabled() && access.mayOpen(p.role(), ModerationQueue.PATH))
			.forEach(p -> all.add(p.email()));
		return all.stream()
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(s -> s.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
	}

	private OutgoingMail mail(List<String> recipients, List<Comment> fresh, long waiting) throws MessagingException {
		OutgoingMail message = letterhead.write(letterhead.siteSender());
		List<InternetAddress> to = new ArrayList<>();
		for (String r : recipients) {
			to.add(new InternetAddress(r));
		}
		message.setRecipients(jakarta.mail.Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
		message.setSubject(labels.count("comment.digest.subject", waiting, site.name()), "UTF-8");
		StringBuilder text = new StringBuilder();
		text.append(labels.count("comment.digest.intro", fresh.size(), waiting)).append("\n\n");
		for (Comment c : fresh.subList(0, Math.min(LISTED, fresh.size()))) {
			Optional<PublishedArticle> a = catalog.byId(c.articleId());
			text.append("— ")
				.append(c.authorName())
				.append(" · ")
				.append(a.map(PublishedArticle::headline)
					.orElse(labels.get("comment.queue.article-unpublished", c.articleId())))
				.append("\n")
				.append(Excerpt.of(c.body(), EXCERPT))
				.append("\n\n");
		}
		if (fresh.size() > LISTED) {
			text.append(labels.count("comment.digest.more", fresh.size() - LISTED)).append("\n\n");
		}
		text.append(labels.get("comment.digest.link"))
			.append(' ')
			.append(site.absolute(ModerationQueue.PATH))
			.append('\n');
		message.setText(text.toString(), "UTF-8");
		return message;
	}

}
