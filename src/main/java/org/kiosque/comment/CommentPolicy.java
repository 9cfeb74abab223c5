package org.kiosque.comment;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.kiosque.site.SavedSettings;
import org.springframework.stereotype.Component;

/**
 * The comment policy an admin may change in the newsroom, live: the value saved there
 * ({@link SavedSettings}, shared by every node) or else the property
 * ({@code kiosque.comments.moderation}, {@code kiosque.comments.close-after}). Asked at
 * each use.
 */
@Component
public class CommentPolicy {

	/** The names of the settings in {@code site_settings}. */
	public static final String MODERATION = "comments.moderation";

	public static final String CLOSE_AFTER = "comments.close-after";

	private final CommentSettings settings;

	private final SavedSettings saved;

	CommentPolicy(CommentSettings settings, SavedSettings saved) {
		this.settings = settings;
		this.saved = saved;
	}

	/** {@code pre} (every comment waits for an editor) or {@code post}. */
	public String moderation() {
		return saved.value(MODERATION).orElse(settings.moderation()).strip().toLowerCase(Locale.ROOT);
	}

	/** The property's moderation ({@code kiosque.comments.moderation}). */
	public String defaultModeration() {
		return settings.moderation().strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether readers (known by e-mail) with an earlier approved comment are published at
	 * once.
	 */
	public boolean postModeration() {
		return "post".equals(moderation());
	}

	/** How long after publication comments close by themselves. */
	public Duration closeAfter() {
		return saved.value(CLOSE_AFTER).flatMap(CommentPolicy::duration).orElse(settings.closeAfter());
	}

	/** The property's time ({@code kiosque.comments.close-after}). */
	public Duration defaultCloseAfter() {
		return settings.closeAfter();
	}

	/**
	 * @param text an ISO-8601 duration ({@code P30D}), as the settings page saves it
	 */
	private static Optional<Duration> duration(String text) {
		try {
			return Optional.of(Duration.parse(text));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

}
