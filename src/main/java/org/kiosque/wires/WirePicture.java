package org.kiosque.wires;

/**
 * A picture an item refers to (NewsML-G2 {@code link}/{@code remoteContent}, ninjs
 * {@code associations}, NITF {@code media-reference}, a feed's enclosure).
 *
 * @param href where the item says the picture is: a file name relative to the item's own
 * file for folder sources, an absolute {@code http(s)} URL for feeds
 * @param caption the caption the item gives, blank when none
 * @param credit the credit line (photographer / agency), blank when none
 */
public record WirePicture(String href, String caption, String credit) {

	public WirePicture {
		caption = caption == null ? "" : caption.strip();
		credit = credit == null ? "" : credit.strip();
	}

}
