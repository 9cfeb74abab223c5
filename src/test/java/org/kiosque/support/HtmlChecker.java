package org.kiosque.support;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker ({@code nu.validator:validator} 20.7.2), run here rather than
 * on the web.
 * <p>
 * The checker was built against ICU4J 58 and calls methods that ICU4J 78, the
 * application's, no longer has ({@code UCharacter.isHighSurrogate(char)}...): on the test
 * class path it fails with {@code NoSuchMethodError}. So it runs in a class loader of its
 * own: the test class path without ICU4J 78, plus the ICU4J 58 that Maven copies to
 * {@code target/html-checker/}. Only JDK types ({@code org.xml.sax}) cross between the
 * two, hence the reflection.
 */
public final class HtmlChecker {

	// Loading the HTML schema takes seconds: one checker for the whole test run.
	private static @Nullable Object checker;

	private static @Nullable Method check;

	private static final Errors FOUND = new Errors();

	private HtmlChecker() {
	}

	/**
	 * What the HTML standard allows now but the 2020 checker does not know yet: the
	 * {@code fetchpriority} attribute of {@code img} (in the HTML standard since 2023).
	 * Its error is left out; any other error of the same element still shows.
	 */
	private static final List<String> NEWER_THAN_THE_CHECKER = List
		.of("Attribute “fetchpriority” not allowed on element “img” at this point.");

	/** The checker's errors (and fatal errors), each with its line, in the order met. */
	public static synchronized List<String> errors(String html) {
		try {
			if (checker == null) {
				start();
			}
			FOUND.errors.clear();
			InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			source.setEncoding("UTF-8");
			check.invoke(checker, source);
			return FOUND.errors.stream()
				.filter(error -> NEWER_THAN_THE_CHECKER.stream().noneMatch(error::endsWith))
				.toList();
		}
		catch (InvocationTargetException e) {
			throw new IllegalStateException("The HTML checker failed", e.getCause());
		}
		catch (ReflectiveOperationException | MalformedURLException e) {
			throw new IllegalStateException("The HTML checker could not start", e);
		}
	}

	/** The ICU4J version the checker runs with, as its {@code VersionInfo} says. */
	public static synchronized String icuVersion() throws ReflectiveOperationException, MalformedURLException {
		return loader().loadClass("com.ibm.icu.util.VersionInfo").getField("ICU_VERSION").get(null).toString();
	}

	private static void start() throws ReflectiveOperationException, MalformedURLException {
		ClassLoader loader = loader();
		Class<?> type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
		Object validator = type.getConstructor(boolean.class, boolean.class, boolean.class)
			.newInstance(true, false, false);
		String schema = (String) loader.loadClass("nu.validator.client.EmbeddedValidator")
			.getField("SCHEMA_URL")
			.get(null);
		type.getMethod("setUpMainSchema", String.class, ErrorHandler.class).invoke(validator, schema, FOUND);
		type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
			.invoke(validator, FOUND, true, false);
		check = type.getMethod("checkHtmlInputSource", InputSource.class);
		checker = validator;
	}

	private static @Nullable ClassLoader loader;

	private static ClassLoader loader() throws MalformedURLException {
		if (loader == null) {
			Path icu = Path
				.of(System.getProperty("kiosque.test.html-checker-icu", "target/html-checker/icu4j-58.2.jar"));
			if (!Files.isRegularFile(icu)) {
				throw new IllegalStateException(icu + " is missing: run the tests through Maven, which copies it");
			}
			List<URL> urls = new ArrayList<>();
			urls.add(icu.toUri().toURL());
			for (String entry : testClassPath().split(File.pathSeparator)) {
				if (!entry.isBlank() && !Path.of(entry).getFileName().toString().startsWith("icu4j-")) {
					urls.add(Path.of(entry).toUri().toURL());
				}
			}
			loader = new URLClassLoader("html-checker", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
		}
		return loader;
	}

	/** Surefire's forked JVM names the whole test class path here. */
	private static String testClassPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return surefire != null ? surefire : System.getProperty("java.class.path");
	}

	private static final class Errors implements ErrorHandler {

		final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException e) {
			// warnings (and the checker's info messages) are advice, not errors
		}

		@Override
		public void error(SAXParseException e) {
			errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
		}

		@Override
		public void fatalError(SAXParseException e) {
			errors.add("fatal, line " + e.getLineNumber() + ": " + e.getMessage());
		}

	}

}
