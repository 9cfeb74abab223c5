package org.kiosque.wires;

import java.util.List;

/**
 * One agency format: recognises its files and reads them into items. Implementations are
 * Spring beans; the folder source asks each in turn and the first that
 * {@link #recognizes} a file reads it. Reading never touches the database.
 */
public interface WireFormat {

	/**
	 * The format's name as the ingest log shows it ({@code NewsML-G2}, {@code ninjs},
	 * {@code NITF}, {@code dépêche texte}, {@code RSS/Atom}).
	 */
	String name();

	/**
	 * Whether the file looks like this format: by its name's extension and its first
	 * bytes (a root element, a JSON key), never by parsing it whole.
	 * @param fileName the file's name, without folders
	 * @param head the file's first bytes (up to 4 KB)
	 */
	boolean recognizes(String fileName, byte[] head);

	/**
	 * Reads a whole file. A file may hold several items (a NewsML-G2 {@code newsMessage},
	 * a feed); a file that holds one that cannot be read is refused whole.
	 * @throws WireRefused with the reason in the {@code wires} bundle when the bytes are
	 * not a readable item of this format (malformed XML or JSON, no GUID, no headline, an
	 * external entity or DTD, too large)
	 */
	List<WireItem> read(String fileName, byte[] bytes) throws WireRefused;

}
