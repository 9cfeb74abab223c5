package org.kiosque.web;

import org.kiosque.site.CleanText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read from a JSON request body (APIs) passes through {@link CleanText}, as
 * form fields do through {@link CleanParameters}. Spring Boot registers the module with
 * the application's {@code JsonMapper}.
 */
@Configuration(proxyBeanMethods = false)
class CleanJson {

	@Bean
	JacksonModule cleanTextModule() {
		return new SimpleModule("kiosque-clean-text").addDeserializer(String.class, new CleanStrings());
	}

	private static final class CleanStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			return text == null ? null : CleanText.lines(text);
		}

	}

}
