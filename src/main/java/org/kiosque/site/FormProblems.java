package org.kiosque.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a form as a person filled it: the one way every form reports its
 * problems. Rules (plain methods, no Spring) collect message keys by field; the
 * controller answers 400 or 422 with the form again; the template shows {@link #shown}
 * sentences with {@code site/fieldProblem.jte} beside each field and
 * {@code site/formProblem.jte} above the form.
 * <p>
 * A field keeps its first problem: rules are written most basic first (empty before too
 * long). The field {@value #FORM} stands for the whole form.
 */
public final class FormProblems {

	/** The pseudo-field for a problem with the whole form rather than one field. */
	public static final String FORM = "form";

	private final Map<String, String> keys = new LinkedHashMap<>();

	/** No problem yet; add them with {@link #add}. */
	public FormProblems() {
	}

	/** One problem. */
	public static FormProblems of(String field, String messageKey) {
		return new FormProblems().add(field, messageKey);
	}

	/**
	 * Records a problem, unless {@code field} already has one.
	 * @param field the form field's name, or {@value #FORM}
	 * @param messageKey a key of the message bundles
	 * @return this, to chain
	 */
	public FormProblems add(String field, String messageKey) {
		keys.putIfAbsent(field, messageKey);
		return this;
	}

	/** Adds the other form's problems, keeping those already here. */
	public FormProblems addAll(FormProblems other) {
		other.keys.forEach(this::add);
		return this;
	}

	public boolean isEmpty() {
		return keys.isEmpty();
	}

	public boolean has(String field) {
		return keys.containsKey(field);
	}

	/** The message key of the field's problem, or {@code null}. */
	public @Nullable String key(String field) {
		return keys.get(field);
	}

	/** Field to message key, in the order the rules found them; unmodifiable. */
	public Map<String, String> keys() {
		return Collections.unmodifiableMap(keys);
	}

	/**
	 * The problems as sentences in the site's language.
	 * @param label message key to sentence, typically
	 * {@code key -> labels.get(key, args)}
	 */
	public Shown shown(Function<String, String> label) {
		Map<String, String> sentences = new LinkedHashMap<>();
		keys.forEach((field, key) -> sentences.put(field, label.apply(key)));
		return new Shown(Collections.unmodifiableMap(sentences));
	}

	@Override
	public String toString() {
		return keys.toString();
	}

	/**
	 * Problems ready for a template.
	 *
	 * @param sentences field name to the sentence shown beside it
	 */
	public record Shown(Map<String, String> sentences) {

		/** Nothing to show: a form seen for the first time. */
		public static Shown none() {
			return new Shown(Map.of());
		}

		public boolean isEmpty() {
			return sentences.isEmpty();
		}

		public boolean has(String field) {
			return sentences.containsKey(field);
		}

		/** The field's sentence, or {@code null}. */
		public @Nullable String get(String field) {
			return sentences.get(field);
		}

	}

}
