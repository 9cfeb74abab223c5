package org.kiosque.site;

import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * User-visible text from the message bundles ({@code messages/*.properties}), in the
 * site's language. Templates receive it so that no label is written in a template.
 * <p>
 * Labels are ICU message formats (ICU4J, CLDR rules), so that a count chooses its own
 * words: {@code {0, plural, one{# lecture} other{# lectures}}} gives {@code 0 lecture},
 * {@code 1 lecture}, {@code 2 lectures} in French (where 0 and 1 take the singular) and
 * {@code 1 read}, {@code 0 reads} in English; {@code #} and a number given as {@code {0}}
 * are written the site's way ({@code 1 204} with a narrow no-break space in French,
 * {@code 1,204} in English, like {@link NewspaperNumbers}). A count is passed as a
 * number, never as text already formatted, and every count with its noun goes through
 * {@link #count}.
 */
@Component
public class Labels {

	private final MessageSource messages;

	private final Supplier<Locale> locale;

	/**
	 * Parsed formats by key, each used by one thread at a time (an ICU MessageFormat is
	 * not thread-safe): borrowed, used, given back. Parsing or copying one costs several
	 * times what formatting does, and the read count line is formatted on every article
	 * view. Keyed by language and key, as an admin may change the language.
	 */
	private final Map<String, Queue<MessageFormat>> formats = new ConcurrentHashMap<>();

	@Autowired
	public Labels(MessageSource messages, SiteSettings site) {
		this(messages, site::locale);
	}

	private Labels(MessageSource messages, Supplier<Locale> locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * Labels from {@code messages} in {@code locale}, for what speaks before the
	 * application has started (a command's help and usage errors).
	 */
	public static Labels of(MessageSource messages, Locale locale) {
		return new Labels(messages, () -> locale);
	}

	/**
	 * The label {@code key} with its placeholders filled.
	 * @param key a key of {@code messages/*.properties}
	 * @param args the placeholders' values: numbers as numbers (for plurals and the
	 * site's digit grouping), anything else as its text
	 * @throws org.springframework.context.NoSuchMessageException when no bundle has the
	 * key
	 */
	public String get(String key, Object... args) {
		Locale locale = this.locale.get();
		if (args.length == 0) {
			// Asked without arguments, Spring's message source gives the text as written.
			return messages.getMessage(key, null, locale);
		}
		Queue<MessageFormat> spare = formats.computeIfAbsent(locale.toLanguageTag() + ' ' + key,
				k -> new ConcurrentLinkedQueue<>());
		MessageFormat format = spare.poll();
		if (format == null) {
			format = new MessageFormat(messages.getMessage(key, null, locale), ULocale.forLocale(locale));
		}
		try {
			return format.format(args);
		}
		finally {
			spare.offer(format);
		}
	}

	/** Whether some bundle has the label {@code key}. */
	public boolean has(String key) {
		return messages.getMessage(key, null, null, locale.get()) != null;
	}

	/**
	 * A count with its words, by the plural rules of the site's language: the one place
	 * that writes "{@code n} things".
	 * @param key a label whose first placeholder is the count, as {@code {0, plural,
	 * one{# lecture} other{# lectures}}}
	 * @param n the count
	 * @param more the label's further placeholders, {@code {1}} on
	 */
	public String count(String key, long n, Object... more) {
		Object[] args = new Object[more.length + 1];
		args[0] = n;
		System.arraycopy(more, 0, args, 1, more.length);
		return get(key, args);
	}

	public String lang() {
		return locale.get().getLanguage();
	}

	/** The site's language, for what formats words itself (command help, problems). */
	public Locale locale() {
		return locale.get();
	}

}
