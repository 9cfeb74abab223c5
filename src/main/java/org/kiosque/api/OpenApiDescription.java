package org.kiosque.api;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/openapi.json}: the hand-written OpenAPI 3.1 description of the
 * publishing API, for staff (a token, or a newsroom session). {@code OpenApiRoutesTests}
 * holds it to the routes Spring MVC maps, both ways.
 */
@RestController
class OpenApiDescription {

	static final String RESOURCE = "api/admin-openapi.json";

	@GetMapping(path = "/api/admin/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Resource> description() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(new ClassPathResource(RESOURCE));
	}

}
