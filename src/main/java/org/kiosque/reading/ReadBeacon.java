package org.kiosque.reading;

import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.article.PublishedArticleIds;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The beacon ({@code kiosque.reads.mode=beacon}): {@code <img src="/r/{id}.gif">} on the
 * article page. Behind a page cache the page may be served without Kiosque seeing it, but
 * this image, answered {@code no-store}, always reaches it, so it is what counts, by the
 * same rules as a page (its User-Agent, cookies and purpose headers are the reader's).
 */
@Controller
class ReadBeacon {

	/** A transparent 1x1 GIF. */
	static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

	private final ReadCounts reads;

	private final PublishedArticleIds published;

	ReadBeacon(ReadCounts reads, PublishedArticleIds published) {
		this.reads = reads;
		this.published = published;
	}

	@GetMapping("/r/{id:\\d{1,18}}.gif")
	ResponseEntity<byte[]> beacon(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		if (!reads.beaconMode()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
		}
		if (published.isPublished(id)) {
			reads.countBeacon(id, request, response);
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_GIF).body(PIXEL);
	}

}
