package org.kiosque.wires;

import java.util.Locale;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * A file or feed entry that is not a readable item, and why. The reason is a message key
 * of the {@code wires} bundle ({@code wires.refused.<key>}); {@link #getMessage()} gives
 * it in French for logs and the ingest log.
 */
public class WireRefused extends Exception {

	private final String key;

	private final transient Object[] details;

	/**
	 * @param key the reason's key after {@code wires.refused.} ({@code not-xml},
	 * {@code no-guid}, {@code no-headline}…)
	 * @param details the message's arguments
	 */
	public WireRefused(String key, Object... details) {
		super("wires.refused." + key);
		this.key = "wires.refused." + key;
		this.details = details.clone();
	}

	/** The full message key, {@code wires.refused.<reason>}. */
	public String key() {
		return key;
	}

	public Object[] details() {
		return details.clone();
	}

	@Override
	public String getMessage() {
		try {
			ResourceBundle french = ResourceBundle.getBundle("messages.wires", Locale.ROOT,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return new MessageFormat(french.getString(key), ULocale.FRENCH).format(details);
		}
		catch (java.util.MissingResourceException e) {
			return key;
		}
	}

}
