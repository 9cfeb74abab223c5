package org.kiosque.ingest;

import java.util.Locale;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * A dispatch Kiosque will not import, and why. The reason is a message key of the
 * {@code ingest} bundle; {@link #getMessage()} gives it in French (the bundle's default)
 * for logs and callers without the site's labels (an ICU message format, like every
 * label: {@link org.kiosque.site.Labels}).
 */
public class DispatchRejected extends Exception {

	/** Why a dispatch was refused; each has its message {@code ingest.rejected.<key>}. */
	public enum Reason {

		EMPTY("empty"), ONLY_CHROME("only-chrome"), NOT_TEXT("not-text"), TOO_LARGE("too-large"),
		UNREADABLE("unreadable"), NOT_FOUND("not-found"), NO_DATE("no-date"), IMPOSSIBLE_DATE("impossible-date"),
		WRONG_WEEKDAY("wrong-weekday"), NO_HEADLINE("no-headline"), HEADLINE_TOO_LONG("headline-too-long"),
		NO_BODY("no-body"), UNKNOWN_SECTION("unknown-section"), NOT_STORED("not-stored"),
		PICTURE_REFUSED("picture-refused"), PICTURE_UNREADABLE("picture-unreadable");

		private final String key;

		Reason(String key) {
			this.key = key;
		}

		public String key() {
			return "ingest.rejected." + key;
		}

	}

	private final Reason reason;

	private final transient Object[] details;

	public DispatchRejected(Reason reason, Object... details) {
		super(reason.key());
		this.reason = reason;
		this.details = details.clone();
	}

	public Reason reason() {
		return reason;
	}

	/**
	 * The arguments of the reason's message ({@code 31 février 2026} for an impossible
	 * date).
	 */
	public Object[] details() {
		return details.clone();
	}

	@Override
	public String getMessage() {
		ResourceBundle french = ResourceBundle.getBundle("messages.ingest", Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(french.getString(reason.key()), ULocale.FRENCH).format(details);
	}

}
