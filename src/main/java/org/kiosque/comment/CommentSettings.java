package org.kiosque.comment;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comments: {@code kiosque.comments.*}.
 *
 * @param moderation {@code pre}: every comment waits for an editor; {@code post}: readers
 * (known by e-mail) with an earlier approved comment are published at once
 * @param maxLength the longest comment, in characters
 * @param editWindow how long a signed-in reader may edit or delete their comment
 * @param reportThreshold reports that send an approved comment back to moderation
 * @param closeAfter comments close by themselves this long after publication
 * @param minFillTime a form sent sooner than this after it was shown is refused (0: off)
 * @param honeypot refuse forms whose hidden trap field is filled
 * @param perMinute comments allowed per address and per e-mail in a minute (0: off)
 * @param perDay comments allowed per address and per e-mail in a day (0: off)
 * @param maxLinks links allowed in one comment (negative: off)
 * @param refuseIdentical refuse a comment identical to one already posted on the article
 * or by the same e-mail
 * @param blockedWords send comments with a word of the newsroom's blocked list to spam
 * @param digestRecipients who receives the digest of waiting comments
 * @param digestInterval how often the digest is considered (sent only when new comments
 * wait)
 * @param secret signing key for form stamps and cookies; empty: one is made per install
 * and kept in the database
 */
@ConfigurationProperties("kiosque.comments")
record CommentSettings(@DefaultValue("pre") String moderation, @DefaultValue("2000") int maxLength,
		@DefaultValue("15m") Duration editWindow, @DefaultValue("3") int reportThreshold,
		@DefaultValue("30d") Duration closeAfter, @DefaultValue("3s") Duration minFillTime,
		@DefaultValue("true") boolean honeypot, @DefaultValue("5") int perMinute, @DefaultValue("30") int perDay,
		@DefaultValue("2") int maxLinks, @DefaultValue("true") boolean refuseIdentical,
		@DefaultValue("true") boolean blockedWords, @DefaultValue("") List<String> digestRecipients,
		@DefaultValue("1h") Duration digestInterval, @DefaultValue("") String secret) {

	/** The rules a comment's fields answer to, from these settings. */
	CommentRules rules() {
		return new CommentRules(maxLength, maxLinks);
	}

	boolean postModeration() {
		return "post".equalsIgnoreCase(moderation.strip());
	}
}
