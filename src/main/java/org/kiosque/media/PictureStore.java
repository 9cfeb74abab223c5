package org.kiosque.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where originals are kept, readable by every node. The database store is the default
 * (nothing but PostgreSQL is needed for several nodes); a shared directory or an
 * S3-compatible store can implement this later. Calls run inside the transaction that
 * writes or removes the picture's row.
 */
public interface PictureStore {

	/** Keeps the original of picture {@code id}, read from {@code file}. */
	void keep(long id, Path file) throws IOException;

	/** The original of picture {@code id}, whole; an empty array when none is kept. */
	byte[] read(long id);

	/** Streams the original of picture {@code id} to {@code out}. */
	void copy(long id, OutputStream out) throws IOException;

	/** Forgets the original of picture {@code id} (its row is going). */
	void remove(long id);

}
