package org.kiosque.cli;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * What a command needs to know of the settings besides what the application binds: the
 * site's language before the application starts (for a usage error), and whether
 * {@code kiosque.site.base-url} was chosen or is still the packaged default.
 */
final class CommandSettings {

	private static final ConfigurationPropertyName BASE_URL = ConfigurationPropertyName.of("kiosque.site.base-url");

	private CommandSettings() {
	}

	/**
	 * {@code kiosque.site.locale} as the application would read it (these settings, the
	 * environment, {@code application.properties} files and profiles), without starting
	 * it; French when it cannot be read.
	 * @param settings the {@code --name=value} settings of the command line
	 */
	static Locale language(List<String> settings) {
		try {
			StandardEnvironment environment = new StandardEnvironment();
			environment.getPropertySources()
				.addFirst(new SimpleCommandLinePropertySource(settings.toArray(String[]::new)));
			ConfigDataEnvironmentPostProcessor.applyTo(environment);
			return Binder.get(environment).bind("kiosque.site.locale", Locale.class).orElse(Locale.FRENCH);
		}
		catch (RuntimeException unreadable) {
			// A usage error is still told, in the default language.
			return Locale.FRENCH;
		}
	}

	/**
	 * Whether {@code kiosque.site.base-url} was set anywhere (command line, environment,
	 * an {@code application.properties} of the operator's) rather than left to the
	 * default packaged in the jar's {@code application.properties}.
	 */
	static boolean baseUrlChosen(ConfigurableEnvironment environment) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(BASE_URL);
			if (property != null) {
				return !packaged(property.getOrigin());
			}
		}
		return false;
	}

	private static boolean packaged(@Nullable Origin origin) {
		return switch (origin) {
			case PropertySourceOrigin property -> packaged(property.getOrigin());
			case TextResourceOrigin text -> packaged(text.getResource());
			case null, default -> false;
		};
	}

	private static boolean packaged(@Nullable Resource resource) {
		return switch (resource) {
			case OriginTrackedResource tracked -> packaged(tracked.getResource());
			case ClassPathResource file -> file.getPath().equals("application.properties");
			case null, default -> false;
		};
	}

}
