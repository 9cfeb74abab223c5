package org.kiosque.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The pictures' settings: {@code kiosque.media.*} (docs/pictures.md, docs/settings.md).
 *
 * @param maxUploadSize the largest original taken
 * @param maxMegapixels the most pixels an original may declare, in millions (checked in
 * the header, before decoding)
 * @param decodingSlots how many pictures a node decodes at once (uploads and renditions
 * together); each may take about 4 bytes a pixel of heap
 * @param jpegQuality the renditions' JPEG quality, 0 to 1
 * @param webpQuality the renditions' WebP quality, 0 to 100 (with {@code cwebp})
 * @param cwebp the {@code cwebp} program for WebP renditions: a name looked up on the
 * {@code PATH} or a path; empty for none (JPEG only)
 */
@ConfigurationProperties("kiosque.media")
public record MediaSettings(@DefaultValue("25MB") DataSize maxUploadSize, @DefaultValue("50") int maxMegapixels,
		@DefaultValue("1") int decodingSlots, @DefaultValue("0.82") float jpegQuality,
		@DefaultValue("78") int webpQuality, @DefaultValue("cwebp") String cwebp) {

	/** The most pixels an original may have. */
	long maxPixels() {
		return maxMegapixels * 1_000_000L;
	}

}
