package org.kiosque.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormProblemsTests {

	@Test
	void aFieldKeepsItsFirstProblem() {
		FormProblems problems = new FormProblems().add("email", "first").add("email", "second").add("name", "n");
		assertThat(problems.keys()).containsExactly(java.util.Map.entry("email", "first"),
				java.util.Map.entry("name", "n"));
		assertThat(problems.has("email")).isTrue();
		assertThat(problems.key("body")).isNull();
	}

	@Test
	void problemsBecomeSentences() {
		FormProblems.Shown shown = FormProblems.of(FormProblems.FORM, "closed").shown(key -> "« " + key + " »");
		assertThat(shown.get(FormProblems.FORM)).isEqualTo("« closed »");
		assertThat(shown.has("email")).isFalse();
		assertThat(FormProblems.Shown.none().isEmpty()).isTrue();
	}

	@Test
	void addAllKeepsWhatIsThere() {
		FormProblems merged = FormProblems.of("body", "mine").addAll(FormProblems.of("body", "theirs").add("x", "y"));
		assertThat(merged.keys()).containsEntry("body", "mine").containsEntry("x", "y");
	}

}
