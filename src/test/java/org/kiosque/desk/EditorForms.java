package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.kiosque.support.Browser;

/**
 * The editor's form as a browser fills it: every field with its value (a text area's text
 * as written, line breaks kept; a menu's chosen option), changes applied, posted with the
 * button {@code action}.
 */
final class EditorForms {

	private static final Pattern ARTICLE = Pattern.compile("^/newsroom/articles/([0-9]+)");

	private EditorForms() {
	}

	/** The fields of the editor page's form. */
	static Map<String, String> fields(Browser.Page page) {
		Element form = page.html().selectFirst("form#editor");
		assertThat(form).as("the editor form on %s (status %d)", page.path(), page.status()).isNotNull();
		Map<String, String> values = new LinkedHashMap<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
				// A browser posts a box only when it is ticked.
				continue;
			}
			String value = switch (field.tagName()) {
				case "textarea" -> field.wholeText();
				case "select" -> {
					Element chosen = field.selectFirst("option[selected]");
					yield chosen == null ? "" : chosen.attr("value");
				}
				default -> field.val();
			};
			values.put(field.attr("name"), value);
		}
		return values;
	}

	/**
	 * Opens the editor at {@code editorPath}, changes {@code changes} and presses
	 * {@code action}.
	 */
	static Browser.Page act(Browser browser, String editorPath, String action, Map<String, String> changes) {
		Browser.Page page = browser.get(editorPath);
		assertThat(page.status()).as("GET %s", editorPath).isEqualTo(200);
		return post(browser, page, action, changes);
	}

	/** Presses {@code action} on the editor {@code page} already open, with changes. */
	static Browser.Page post(Browser browser, Browser.Page page, String action, Map<String, String> changes) {
		Map<String, String> values = fields(page);
		values.putAll(changes);
		values.put("action", action);
		String target = page.html().selectFirst("form#editor").attr("action");
		return browser.post(target, values);
	}

	/** Writes a new article with {@code fields} and {@code action}; returns its id. */
	static long create(Browser browser, String action, Map<String, String> fields) {
		Browser.Page answer = act(browser, "/newsroom/articles/new", action, fields);
		assertThat(answer.status()).as("%s of a new article: %s", action, answer.text()).isEqualTo(303);
		return idOf(answer);
	}

	/** The article a 303 after an action leads to. */
	static long idOf(Browser.Page answer) {
		Matcher m = ARTICLE.matcher(answer.location());
		assertThat(m.find()).as("Location %s", answer.location()).isTrue();
		return Long.parseLong(m.group(1));
	}

	static String editor(long id) {
		return "/newsroom/articles/" + id;
	}

}
