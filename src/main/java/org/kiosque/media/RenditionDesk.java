package org.kiosque.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.media.Rendition.Format;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves renditions to everyone at {@code /media/{id}/{version}/{crop}-{width}.{ext}}
 * (see {@link Rendition}): 404 for an address Kiosque does not offer, otherwise the file,
 * made on the first request, with {@code Cache-Control: public, max-age=31536000,
 * immutable} (RFC 8246), since a changed picture gets a new address. Outside the page
 * caches: these are files on the node's disk already.
 */
@RestController
class RenditionDesk {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final Renditions renditions;

	RenditionDesk(Renditions renditions) {
		this.renditions = renditions;
	}

	@GetMapping("/media/{id}/{version}/{file}")
	ResponseEntity<Resource> rendition(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Rendition rendition = Rendition.parse(path);
		if (rendition == null) {
			return ResponseEntity.notFound().build();
		}
		Optional<Path> file = renditions.file(rendition);
		if (file.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.cacheControl(FOREVER)
			.contentType(mediaType(rendition.format()))
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(file.get()));
	}

	private static MediaType mediaType(Format format) {
		return MediaType.parseMediaType(format.mediaType());
	}

}
