package org.kiosque.media;

/**
 * The words that travel with a picture, read from its IPTC/XMP at upload, edited in the
 * library, and written back as IPTC into every served JPEG: nothing else of the file's
 * metadata is ever served. Empty strings when unknown, never {@code null}.
 *
 * @param caption what the picture shows (IPTC Caption/Abstract, XMP
 * {@code dc:description})
 * @param credit the credit line (IPTC Credit, XMP {@code photoshop:Credit})
 * @param creator the photographer (IPTC By-line, XMP {@code dc:creator})
 * @param copyright the copyright notice (IPTC Copyright Notice, XMP {@code dc:rights})
 */
public record Rights(String caption, String credit, String creator, String copyright) {

	/** No words at all. */
	public static final Rights NONE = new Rights("", "", "", "");

	/** Whether every field is empty. */
	public boolean isEmpty() {
		return caption.isEmpty() && credit.isEmpty() && creator.isEmpty() && copyright.isEmpty();
	}

}
