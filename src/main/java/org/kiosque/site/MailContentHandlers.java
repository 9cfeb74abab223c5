package org.kiosque.site;

import java.util.Locale;

import jakarta.activation.DataContentHandler;
import jakarta.activation.DataContentHandlerFactory;
import jakarta.activation.DataHandler;

import org.eclipse.angus.mail.handlers.message_rfc822;
import org.eclipse.angus.mail.handlers.multipart_mixed;
import org.eclipse.angus.mail.handlers.text_html;
import org.eclipse.angus.mail.handlers.text_plain;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content handlers of the mail Kiosque writes (multipart, plain text, HTML, a mail
 * inside a mail), made once for the JVM instead of once per mail.
 * <p>
 * Left to Jakarta Activation, each mail's body asks the mailcap registry for its handler,
 * which loads the handler's class by name through the class loader and makes a new one by
 * reflection, at every mail: during a newsletter edition of 10 000 mails the class
 * loader's lookup became hot enough for the JIT's optimising compiler to spend some 30 MB
 * on it (docs/benchmarks.md, the edition's compilations). The handlers are the same ones
 * the mailcap of Angus Mail names; they hold no state, so one of each serves every mail.
 * Any other type falls through to the mailcap registry as before.
 * <p>
 * Activation takes one factory per JVM
 * ({@link DataHandler#setDataContentHandlerFactory}); when something else set one first,
 * Kiosque leaves it and mail works the ordinary way.
 */
final class MailContentHandlers implements DataContentHandlerFactory {

	private static final Logger log = LoggerFactory.getLogger(MailContentHandlers.class);

	private static boolean installed;

	private final DataContentHandler multipart = new multipart_mixed();

	private final DataContentHandler plain = new text_plain();

	private final DataContentHandler html = new text_html();

	private final DataContentHandler message = new message_rfc822();

	private MailContentHandlers() {
	}

	/**
	 * Sets the factory, once; a second call, or a factory set by others, changes nothing.
	 */
	static synchronized void install() {
		if (installed) {
			return;
		}
		installed = true;
		try {
			DataHandler.setDataContentHandlerFactory(new MailContentHandlers());
		}
		catch (Error alreadyDefined) {
			// Activation says "already defined" with an Error; the mailcap path still
			// works.
			log.info("Mail content handlers left to Jakarta Activation: {}", alreadyDefined.getMessage());
		}
	}

	/**
	 * The handler for a base MIME type ({@code multipart/alternative},
	 * {@code text/plain}), or {@code null} for Activation's own lookup.
	 */
	@Override
	public @Nullable DataContentHandler createDataContentHandler(String mimeType) {
		String type = mimeType.toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			return this.multipart;
		}
		return switch (type) {
			case "text/plain" -> this.plain;
			case "text/html" -> this.html;
			case "message/rfc822" -> this.message;
			default -> null;
		};
	}

}
