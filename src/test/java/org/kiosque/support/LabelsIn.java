package org.kiosque.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.kiosque.site.Labels;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The site's labels in a language, without starting the application: the bundles named by
 * {@code spring.messages.basename} in {@code application.properties}, read as Spring Boot
 * reads them. For unit tests of what an English site says.
 */
public final class LabelsIn {

	private LabelsIn() {
	}

	public static Labels language(String language) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames().toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return Labels.of(messages, Locale.of(language));
	}

	/** {@code messages/site}, {@code messages/article}... */
	public static List<String> basenames() {
		Properties settings = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource("application.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			settings.load(in);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return List.of(settings.getProperty("spring.messages.basename").split(","));
	}

}
