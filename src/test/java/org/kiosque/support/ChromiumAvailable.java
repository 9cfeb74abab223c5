package org.kiosque.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's {@code chromium} and {@code chromium-driver}. On a laptop
 * without them the tests are skipped with that reason; in CI ({@code CI=true}) they run
 * and fail loudly, since {@code .ci/run} installs both.
 */
public class ChromiumAvailable implements ExecutionCondition {

	public static final Path BROWSER = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ((Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) || "true".equals(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("Chromium at " + BROWSER);
		}
		return ConditionEvaluationResult.disabled("No " + BROWSER + " and " + DRIVER
				+ " (apt-get install chromium chromium-driver): browser tests skipped");
	}

}
