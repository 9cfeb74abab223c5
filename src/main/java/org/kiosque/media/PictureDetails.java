package org.kiosque.media;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A picture as the newsroom's library shows it.
 *
 * @param ref what pages need to write its renditions
 * @param fileName the file's name as uploaded
 * @param mediaType the original's media type ({@code image/jpeg}, {@code image/png},
 * {@code image/webp}, {@code image/gif})
 * @param byteSize the original's size in bytes
 * @param rights caption, credit, creator, copyright notice
 * @param uploadedBy the staff member's account id, or {@code null} (the import command)
 * @param uploadedAt when it was uploaded
 */
public record PictureDetails(PictureRef ref, String fileName, String mediaType, long byteSize, Rights rights,
		@Nullable Long uploadedBy, Instant uploadedAt) {

	/** The picture's id. */
	public long id() {
		return ref.id();
	}

}
