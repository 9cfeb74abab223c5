package org.kiosque;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Keeps the server's start prepared at build time (Spring AOT, {@code process-aot} in
 * {@code pom.xml}; used when {@code -Dspring.aot.enabled=true}, which {@code bin/kiosque}
 * adds) only when it still fits. The build decides once, with the packaged
 * {@code application.properties}, which beans the server has; a setting that changes that
 * decision (a separate actuator port, fewer endpoints exposed, platform threads...) would
 * be ignored by such a start, silently. So when one of the {@link #DECIDING settings that
 * decide beans} has another value at run time than in the packaged
 * {@code application.properties}, this turns the prepared start off for this JVM and the
 * server starts the ordinary way: slower (docs/operations.md, "Start"), never different.
 * Settings that only change values (the database, the port, the SMTP host, every
 * {@code kiosque.*} but the two below) keep it.
 *
 * <p>
 * Runs after the configuration files are read (lowest precedence), before the application
 * context is made, which is where Spring Boot asks whether to use the prepared start.
 * {@code PreparedStartTests} checks that every setting a condition of the server's
 * context reads is one of these.
 */
public class PreparedStart implements EnvironmentPostProcessor, Ordered {

	/**
	 * Settings (a name, or a prefix ending in {@code .}) that choose auto-configurations
	 * ({@code spring.autoconfigure.exclude}), or that conditions read when the build
	 * prepares the start, by name where the name is fixed ({@code PreparedStartTests}
	 * finds a new one): Spring Boot's auto-configurations (the actuator's endpoints, port
	 * and health groups; threads; mail through JNDI; the forwarded headers filter;
	 * Flyway's own URL...) and Kiosque's own two ({@code kiosque.scheduling.enabled},
	 * {@code kiosque.command}). Not {@code spring.mail.host}: the build prepares the
	 * start as for a site with SMTP, and {@code Postman} decides by the host at run time.
	 */
	static final List<String> DECIDING = List.of("management.", "spring.autoconfigure.",
			"spring.main.web-application-type", "spring.main.cloud-platform", "spring.main.sources",
			"spring.main.allow-bean-definition-overriding", "spring.threads.virtual.enabled",
			"spring.aop.proxy-target-class", "spring.aop.auto", "spring.jmx.enabled",
			"spring.modulith.events.jdbc.schema-initialization.enabled",
			"spring.modulith.events.externalization.enabled", "spring.modulith.default-async-termination",
			"spring.security.user.name", "spring.security.user.password",
			"spring.http.converters.preferred-json-mapper", "spring.web.error.whitelabel.enabled",
			"spring.web.resources.chain.", "spring.mvc.problemdetails.enabled",
			"spring.mvc.hiddenmethod.filter.enabled", "spring.mvc.formcontent.filter.enabled",
			"spring.servlet.multipart.enabled", "spring.servlet.encoding.enabled", "spring.task.execution.mode",
			"spring.application.admin.enabled", "spring.persistence.exceptiontranslation.enabled",
			"spring.datasource.type", "spring.datasource.jndi-name", "spring.flyway.enabled", "spring.flyway.url",
			"spring.mail.jndi-name", "spring.mail.test-connection", "spring.info.build.location",
			"server.forward-headers-strategy", "kiosque.scheduling.enabled", "kiosque.command");

	private final Log log;

	public PreparedStart(DeferredLogFactory logs) {
		this.log = logs.getLog(PreparedStart.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!AotDetector.useGeneratedArtifacts()) {
			return;
		}
		reasonToDecline(environment, packaged()).ifPresent((reason) -> {
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
			log.info("Starting without the start prepared at build time (slower): " + reason);
		});
	}

	/**
	 * Why the prepared start does not fit this environment: the first deciding setting
	 * whose value differs from the packaged one, as {@code "management.server.port=9090
	 * (packaged: unset)"}; empty when it fits.
	 * @param environment the environment, configuration files read
	 * @param packaged the packaged {@code application.properties}
	 */
	static Optional<String> reasonToDecline(ConfigurableEnvironment environment, Properties packaged) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (!(source instanceof IterableConfigurationPropertySource names)) {
				continue;
			}
			Optional<String> reason = names.stream()
				.filter(PreparedStart::decides)
				.map((name) -> differs(name, environment, packaged))
				.flatMap(Optional::stream)
				.findFirst();
			if (reason.isPresent()) {
				return reason;
			}
		}
		return Optional.empty();
	}

	static boolean decides(ConfigurationPropertyName name) {
		String text = name.toString();
		return DECIDING.stream()
			.anyMatch((deciding) -> deciding.endsWith(".") ? text.startsWith(deciding) : text.equals(deciding));
	}

	private static Optional<String> differs(ConfigurationPropertyName name, ConfigurableEnvironment environment,
			Properties packaged) {
		String key = name.toString();
		@Nullable String now = environment.getProperty(key);
		@Nullable String built = packaged.getProperty(key);
		return Objects.equals(now, built) ? Optional.empty()
				: Optional.of(key + "=" + now + " (packaged: " + (built == null ? "unset" : built) + ")");
	}

	private static Properties packaged() {
		try {
			return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
