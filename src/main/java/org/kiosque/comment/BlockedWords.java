package org.kiosque.comment;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Words the newsroom keeps out (its list is edited in the moderation queue). A comment
 * holding one goes to the spam folder, where an editor can still rescue it. Matching
 * ignores case and accents, on whole words.
 */
@Component
class BlockedWords implements CommentCheck {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final CommentSettings settings;

	private final CommentRepository repository;

	BlockedWords(CommentSettings settings, CommentRepository repository) {
		this.settings = settings;
		this.repository = repository;
	}

	@Override
	public Verdict check(Submission s) {
		if (!settings.blockedWords()) {
			return Verdict.pass();
		}
		String text = " " + folded(s.name() + " " + s.body()).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		for (String word : words()) {
			String w = folded(word).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
			if (!w.isEmpty() && text.contains(" " + w + " ")) {
				return Verdict.spam("blocked word");
			}
		}
		return Verdict.pass();
	}

	List<String> words() {
		return repository.blockedWords();
	}

	static String folded(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	@Override
	public int order() {
		return 60;
	}

}
