package org.kiosque;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The start prepared at build time is kept only while the settings that decide the
 * server's beans are the packaged ones ({@link PreparedStart}); and the list of such
 * settings covers every condition the server's context evaluates.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class PreparedStartTests {

	/**
	 * What each kind of condition other than a property's reads, as a deciding setting
	 * (empty: the class path or the beans, fixed by the build itself).
	 */
	private static final Map<String, String> READS = Map.ofEntries(Map.entry("ConditionalOnClass", ""),
			Map.entry("ConditionalOnMissingClass", ""), Map.entry("ConditionalOnBean", ""),
			Map.entry("ConditionalOnMissingBean", ""), Map.entry("ConditionalOnSingleCandidate", ""),
			Map.entry("ConditionalOnAvailableEndpoint", "management.endpoints.web.exposure.include"),
			Map.entry("ConditionalOnEnabledHealthIndicator", "management.health.defaults.enabled"),
			Map.entry("ConditionalOnEnabledInfoContributor", "management.info.defaults.enabled"),
			Map.entry("ConditionalOnEnabledMetricsExport", "management.defaults.metrics.export.enabled"),
			Map.entry("ConditionalOnManagementPort", "management.server.port"),
			Map.entry("ConditionalOnThreading", "spring.threads.virtual.enabled"),
			Map.entry("ConditionalOnWebApplication", "spring.main.web-application-type"),
			Map.entry("ConditionalOnNotWebApplication", "spring.main.web-application-type"),
			Map.entry("ConditionalOnWarDeployment", "spring.main.web-application-type"),
			Map.entry("ConditionalOnCloudPlatform", "spring.main.cloud-platform"),
			Map.entry("ConditionalOnResource", "spring.info.build.location"),
			Map.entry("ConditionalOnEnabledResourceChain", "spring.web.resources.chain.enabled"));

	/** Read by a condition, but decided at run time by Kiosque's own code. */
	private static final Set<String> DECIDED_AT_RUN_TIME = Set.of("spring.mail.host");

	private static final Pattern CONDITION = Pattern.compile("@(Conditional\\w+)(?: \\(([^)]*)\\))?");

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theBuildPreparesTheServersStart() {
		assertThat(ClassUtils.isPresent(KiosqueApplication.class.getName() + "__ApplicationContextInitializer", null))
			.as("process-aot in pom.xml ran before the tests")
			.isTrue();
	}

	@Test
	void everySettingAConditionReadsDecidesOrIsDecidedAtRunTime() {
		Set<String> kinds = new LinkedHashSet<>();
		Set<String> settings = new LinkedHashSet<>();
		ConditionEvaluationReport.get(context.getBeanFactory())
			.getConditionAndOutcomesBySource()
			.values()
			.forEach((outcomes) -> outcomes.forEach((outcome) -> {
				Matcher condition = CONDITION.matcher(outcome.getOutcome().getMessage());
				while (condition.find()) {
					kinds.add(condition.group(1));
					if (condition.group(1).endsWith("Property") && condition.group(2) != null) {
						for (String setting : condition.group(2).split(",")) {
							settings.add(setting.strip().replaceFirst("=.*", ""));
						}
					}
				}
			}));
		assertThat(settings).as("settings read by property conditions").contains("spring.mail.host", "kiosque.command");
		kinds.removeIf((kind) -> kind.endsWith("Property"));
		assertThat(READS).as("every kind of condition evaluated is known").containsKeys(kinds.toArray(String[]::new));
		kinds.stream().map(READS::get).filter((setting) -> !setting.isEmpty()).forEach(settings::add);
		// The tests' own configurations (kiosque.test.*) are no part of the server.
		assertThat(settings.stream()
			.filter((setting) -> !DECIDED_AT_RUN_TIME.contains(setting) && !setting.startsWith("kiosque.test.")))
			.allSatisfy((setting) -> assertThat(PreparedStart.decides(name(setting))).as(setting).isTrue());
	}

	@Test
	void thePackagedSettingsAndValuesOnlyKeepThePreparedStart() {
		Properties packaged = properties(Map.of("management.endpoints.web.exposure.include", "health,prometheus",
				"spring.threads.virtual.enabled", "true"));
		assertThat(PreparedStart.reasonToDecline(environment(Map.of("management.endpoints.web.exposure.include",
				"health,prometheus", "spring.threads.virtual.enabled", "true", "spring.profiles.active", "postgres",
				"spring.datasource.url", "jdbc:postgresql://db/kiosque", "spring.mail.host", "smtp.example.org",
				"server.port", "9090", "kiosque.site.locale", "en", "spring.main.banner-mode", "off",
				"spring.modulith.events.republish-outstanding-events-on-restart", "false")), packaged))
			.isEmpty();
	}

	@Test
	void aSettingThatDecidesBeansTurnsThePreparedStartOff() {
		Properties packaged = properties(Map.of("spring.threads.virtual.enabled", "true"));
		assertThat(PreparedStart.reasonToDecline(environment(Map.of("management.server.port", "9091")), packaged))
			.hasValue("management.server.port=9091 (packaged: unset)");
		assertThat(
				PreparedStart.reasonToDecline(environment(Map.of("spring.threads.virtual.enabled", "false")), packaged))
			.hasValue("spring.threads.virtual.enabled=false (packaged: true)");
		assertThat(PreparedStart.reasonToDecline(
				environment(Map.of("spring.autoconfigure.exclude",
						"org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration")),
				packaged))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("spring.autoconfigure.exclude="));
	}

	@Test
	void anEnvironmentVariableCountsAsItsSetting() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("MANAGEMENT_SERVER_PORT", "9091")));
		assertThat(PreparedStart.reasonToDecline(environment, new Properties()))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("management.server.port=9091"));
	}

	private static StandardEnvironment environment(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
		return environment;
	}

	private static Properties properties(Map<String, String> values) {
		Properties properties = new Properties();
		properties.putAll(values);
		return properties;
	}

	private static ConfigurationPropertyName name(String setting) {
		return ConfigurationPropertyName.of(setting);
	}

}
