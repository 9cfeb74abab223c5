package org.kiosque.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Component;

/**
 * Originals in the {@code picture.original} column (BLOB on H2, bytea on PostgreSQL), so
 * that every node on one database reads them and a database backup holds them.
 */
@Component
class DatabasePictureStore implements PictureStore {

	private final JdbcClient jdbc;

	DatabasePictureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void keep(long id, Path file) throws IOException {
		long length = Files.size(file);
		try (InputStream in = Files.newInputStream(file)) {
			jdbc.sql("UPDATE picture SET original = :original WHERE id = :id")
				.param("original", new SqlBinaryValue(in, length))
				.param("id", id)
				.update();
		}
	}

	@Override
	public byte[] read(long id) {
		return jdbc.sql("SELECT original FROM picture WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.filter(b -> b != null)
			.orElse(new byte[0]);
	}

	@Override
	public void copy(long id, OutputStream out) throws IOException {
		try {
			jdbc.sql("SELECT original FROM picture WHERE id = :id").param("id", id).query(rs -> {
				try (InputStream in = rs.getBinaryStream(1)) {
					if (in != null) {
						in.transferTo(out);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public void remove(long id) {
		jdbc.sql("UPDATE picture SET original = NULL WHERE id = :id").param("id", id).update();
	}

}
