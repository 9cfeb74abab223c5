package org.kiosque.site;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * User-visible text from the message bundles ({@code messages/*.properties}), in the
 * site's language. Templates receive it so that no label is written in a template.
 */
@Component
public class Labels {

	private final MessageSource messages;

	private final SiteSettings site;

	public Labels(MessageSource messages, SiteSettings site) {
		this.messages = messages;
		this.site = site;
	}

	public String get(String key, Object... args) {
		return messages.getMessage(key, args, site.locale());
	}

	public String lang() {
		return site.locale().getLanguage();
	}

}
