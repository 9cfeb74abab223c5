package org.kiosque.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The Spring context of a command, started by {@link Commands}: the server's
 * configuration and beans, less what only a server uses, whatever the settings say. It is
 * no web application (no Tomcat, servlet context, security filter chain or session
 * store); its beans are made when the command first asks for them (lazy initialization:
 * {@code user list} makes People and Labels and what they need, not the controllers, page
 * copies or importers); and this initializer leaves out the Actuator (endpoints, health,
 * metrics and their export), the background jobs, the search index and the demo content.
 * What stays is what commands call: the database (Flyway makes a fresh data directory's
 * tables before its first use), the settings, the labels, the features' services and
 * their events, a plain {@code MeterRegistry} for the services that count.
 * <p>
 * Measured on {@code user list} ({@code docs/operations.md#commands}): 745 beans made and
 * 14 500 classes loaded before, some 180 beans and 10 700 classes now.
 */
final class CommandContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * Auto-configurations for a server's operators and monitoring only, whose beans no
	 * command asks for (a plain {@code MeterRegistry} replaces Prometheus's). A name that
	 * is no longer an auto-configuration after an upgrade is ignored by Spring Boot and
	 * its beans come back (for the endpoints, {@code CommandContextTests} then fails).
	 */
	static final List<String> SERVER_ONLY = List.of(
			"org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsEndpointAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
			"org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration");

	private static final String EXCLUDE = "spring.autoconfigure.exclude";

	/**
	 * A command's beans are made when it first asks for them ({@link Commands}), but
	 * Spring Modulith makes its table of event publications when its initializer is made:
	 * made lazily, after the command's first event, an import on a fresh data directory
	 * would find no table. Flyway needs no such help (what uses the database waits for
	 * it).
	 */
	private static final LazyInitializationExcludeFilter EVENT_TABLE_AT_START = (name, definition,
			type) -> type.getName().equals("org.springframework.modulith.events.jdbc.DatabaseSchemaInitializer");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> command = new LinkedHashMap<>();
		command.put("kiosque.command", "true");
		command.put("kiosque.scheduling.enabled", "false");
		command.put("kiosque.demo.enabled", "false");
		// The server finishes its own listeners' outstanding events at its restart; a
		// command beside a running server would run them a second time, at once.
		command.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
		// Added to the operator's exclusions, which stay.
		List<String> excluded = new ArrayList<>(
				Binder.get(environment).bind(EXCLUDE, String[].class).map(List::of).orElse(List.of()));
		excluded.addAll(SERVER_ONLY);
		command.put(EXCLUDE, String.join(",", excluded));
		// Ahead of every other source, so that no setting undoes it.
		environment.getPropertySources().addFirst(new MapPropertySource("kiosqueCommand", command));
		context.getBeanFactory().registerSingleton("commandMakesTheEventTableAtStart", EVENT_TABLE_AT_START);
	}

}
