package org.kiosque.comment;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;

/** The moderation rules page: blocked words and bans. */
public record RulesView(Labels labels, String words, List<Ban> bans, @Nullable String notice) {

	public record Ban(String kind, String value, String since) {
	}
}
