package org.kiosque.account;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A public page that prints a form and asks to be shared-cached, as the newsletter box
 * and the comment form will on every article: the test stands in for them until they
 * land.
 */
@RestController
class CachedFormPage {

	static final String PATH = "/test-only/cached-form";

	@GetMapping(PATH)
	ResponseEntity<String> page(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String html = "<!doctype html><html><body><form id=\"cached\" method=\"post\" action=\"" + PATH + "\">"
				+ "<input type=\"hidden\" name=\"" + csrf.getParameterName() + "\" value=\""
				+ HtmlUtils.htmlEscape(csrf.getToken()) + "\"><input name=\"email\"></form></body></html>";
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.contentType(MediaType.TEXT_HTML)
			.body(html);
	}

	@PostMapping(PATH)
	ResponseEntity<String> submitted() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("received");
	}

}
