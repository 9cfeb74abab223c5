package org.kiosque.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The lines the command line itself writes (a word that is no command, a site address
 * never set), from {@code messages/commands*.properties} in the site's language. Read
 * without the application, which a usage error never starts.
 */
final class CommandMessages {

	private final ResourceBundle bundle;

	private final Locale locale;

	CommandMessages(Locale locale) {
		this.locale = locale;
		// French is the bundle without suffix; no fall-back to the JVM's language.
		this.bundle = ResourceBundle.getBundle("messages.commands", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The text of {@code key}, {@link MessageFormat} arguments filled in. */
	String get(String key, Object... args) {
		return new MessageFormat(bundle.getString(key), locale).format(args);
	}

}
