package org.kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.CommandLineRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A command's Spring context holds what commands use and none of what only a server does:
 * no web application (no web server, dispatcher or security filter chain), no Actuator
 * endpoint, no {@code @Scheduled} job, no search index, and it makes only the beans the
 * command asks for. Seen from inside a real {@code user list} on a fresh data directory,
 * which still answers.
 */
class CommandContextTests {

	@TempDir
	Path data;

	/** What the command's context held once ready, before the command ran. */
	record Seen(boolean web, int servlets, int filterChains, int jobHolders, int endpoints, int made, int defined) {
	}

	@Test
	void aCommandsContextAnswersNoRequestRunsNoJobAndMakesOnlyTheBeansItUses() {
		AtomicReference<Seen> seen = new AtomicReference<>();
		CommandLineRun list = SpringApplication.withHook(application -> new SpringApplicationRunListener() {

			@Override
			public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
				seen.set(new Seen(context instanceof WebApplicationContext,
						context.getBeanNamesForType(DispatcherServlet.class, true, false).length,
						context.getBeanNamesForType(SecurityFilterChain.class, true, false).length,
						context.getBeanNamesForType(ScheduledTaskHolder.class, true, false).length,
						context.getBeanNamesForAnnotation(Endpoint.class).length,
						context.getBeanFactory().getSingletonCount(), context.getBeanDefinitionCount()));
			}

		}, () -> new CommandLineRun.OwnData(data).run("user", "list"));

		assertThat(list.status()).as(list.err()).isZero();
		assertThat(list.out()).contains("ADRESSE");
		Seen context = seen.get();
		assertThat(context.web()).as("a web application").isFalse();
		assertThat(context.servlets()).as("dispatcher servlets").isZero();
		assertThat(context.filterChains()).as("security filter chains").isZero();
		assertThat(context.jobHolders()).as("@Scheduled processors (Spring Modulith's Moments switch one on)").isZero();
		assertThat(context.endpoints()).as("Actuator endpoints").isZero();
		// Lazy: the server makes some 760 of its beans at start, a command a fraction of
		// its definitions (the rest when asked for).
		assertThat(context.made()).as("beans made of %d defined", context.defined()).isLessThan(context.defined() / 2);
		assertThat(data.resolve("search")).as("the search index, left closed").doesNotExist();
	}

}
