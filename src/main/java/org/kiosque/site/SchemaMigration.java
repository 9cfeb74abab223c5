package org.kiosque.site;

import java.util.Arrays;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Brings the database up to date at start through Flyway, as Spring Boot's own
 * initializer does, but makes Flyway only when the database lacks a migration the build
 * carries ({@link SchemaHistory}): on an up-to-date database, every start but a new
 * version's first, the start does without Flyway's 1 000 classes (Jackson 2 among them,
 * for its plugins' copies), its reading and checksumming of every migration file and its
 * validation: 0.4–0.6 s of the main thread, measured
 * (docs/operations.md#start-what-happens-before-up-and-after).
 * <p>
 * Flyway itself is unchanged: Spring Boot configures it from {@code spring.flyway.*} as
 * before, and it migrates, validating every applied migration's checksum, whenever it
 * runs. What an up-to-date start no longer notices is an applied migration whose file was
 * edited afterwards (Flyway's validation would refuse to start): migrations are never
 * edited once released, and the next version's migration brings the check back.
 * <p>
 * Spring Boot's initializer is replaced by name and type ({@code flywayInitializer}, a
 * {@link FlywayMigrationInitializer}), so that what uses the database still waits for it
 * ({@code @DependsOnDatabaseInitialization}); the {@code Flyway} bean is made lazily,
 * when the initializer or anything else first asks for it. A
 * {@code FlywayMigrationStrategy} bean (Kiosque has none) likewise runs only when there
 * is something to migrate. With {@code spring.flyway.enabled=false} there is neither, as
 * before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
class SchemaMigration {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	@Bean
	FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway,
			ObjectProvider<FlywayMigrationStrategy> migrationStrategy, DataSource dataSource,
			FlywayProperties properties, ResourcePatternResolver resources) {
		SchemaHistory history = new SchemaHistory(dataSource, properties, resources);
		return new UpToDateOrMigrate(flyway, migrationStrategy.getIfAvailable(), history);
	}

	/**
	 * Makes Spring Boot's {@code Flyway} bean when first asked for, not with every other
	 * singleton at start, and takes it off the beans that wait for the database by name:
	 * Spring Boot counts a {@code Flyway} bean as a database initializer of its own
	 * ({@code FlywayDatabaseInitializerDetector}), so every bean that uses the database
	 * would make it first. They still wait for {@code flywayInitializer}, which migrates.
	 * Unordered, so it runs after Spring Boot's post-processor that adds those names.
	 */
	@Bean
	static BeanFactoryPostProcessor flywayWhenAskedFor() {
		return (beanFactory) -> {
			Set<String> flyways = Set.of(beanFactory.getBeanNamesForType(Flyway.class, true, false));
			for (String name : beanFactory.getBeanDefinitionNames()) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				if (flyways.contains(name)) {
					definition.setLazyInit(true);
				}
				String[] dependsOn = definition.getDependsOn();
				if (dependsOn != null && Arrays.stream(dependsOn).anyMatch(flyways::contains)) {
					definition.setDependsOn(Arrays.stream(dependsOn)
						.filter((other) -> !flyways.contains(other))
						.toArray(String[]::new));
				}
			}
		};
	}

	private static final class UpToDateOrMigrate extends FlywayMigrationInitializer {

		private final SchemaHistory history;

		UpToDateOrMigrate(Flyway flyway, @Nullable FlywayMigrationStrategy migrationStrategy, SchemaHistory history) {
			super(flyway, migrationStrategy);
			this.history = history;
		}

		@Override
		public void afterPropertiesSet() throws Exception {
			SchemaHistory.Verdict verdict = this.history.verdict();
			if (verdict.upToDate()) {
				log.info("Database up to date: {} migrations applied, Flyway not needed", verdict.migrations());
				return;
			}
			log.info("Flyway checks and migrates the database: {}", verdict.reason());
			super.afterPropertiesSet();
		}

	}

}
