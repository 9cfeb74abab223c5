package org.kiosque.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An upload form's endpoint, declared as an {@link UploadPath} the way a feature's will
 * be (the newsletter's subscriber import, the media library): the test stands in for them
 * until they land. It answers with the number of parts it received.
 */
@RestController
class TestUploadForm {

	static final String PATH = "/test-only/upload";

	@Bean
	UploadPath testUploadPath() {
		return new UploadPath(PATH);
	}

	@PostMapping(PATH)
	ResponseEntity<String> upload(HttpServletRequest request) throws IOException, ServletException {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("parts: " + request.getParts().size());
	}

}
