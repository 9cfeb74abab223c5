package org.kiosque.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that drive programs of the machine's own (a browser, exiftool): on a laptop
 * without them the tests are skipped, saying which Debian packages bring them; in CI
 * ({@code CI=true}) they run and fail loudly, since {@code .ci/run} installs them. A
 * subclass names the programs, for use with {@code @ExtendWith}.
 */
public abstract class InstalledPrograms implements ExecutionCondition {

	private final List<Path> programs;

	private final String packages;

	/**
	 * @param packages the Debian packages that install {@code programs}, as
	 * {@code apt-get install} takes them
	 */
	protected InstalledPrograms(String packages, Path... programs) {
		this.programs = List.of(programs);
		this.packages = packages;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (programs.stream().allMatch(Files::isExecutable) || "true".equals(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("Installed: " + programs);
		}
		return ConditionEvaluationResult
			.disabled("Not installed: " + programs + " (apt-get install " + packages + "): skipped");
	}

}
