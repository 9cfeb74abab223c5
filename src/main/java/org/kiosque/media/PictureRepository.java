package org.kiosque.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.media.Inspection.Format;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code picture} table, every column but the original (see {@link PictureStore}).
 */
@Repository
class PictureRepository {

	private static final String COLUMNS = "id, fingerprint, version, file_name, media_type, width, height, orientation, "
			+ "byte_size, caption, credit, creator, copyright, focus_x, focus_y, uploaded_by, uploaded_at";

	private final JdbcClient jdbc;

	PictureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row, as read. */
	record Row(PictureDetails details, String fingerprint, int orientation) {

		Darkroom.Original original() {
			PictureRef ref = details.ref();
			boolean quarter = orientation >= 5;
			return new Darkroom.Original(ref, format(details.mediaType()), quarter ? ref.height() : ref.width(),
					quarter ? ref.width() : ref.height(), orientation, details.rights());
		}

		private static Format format(String mediaType) {
			for (Format f : Format.values()) {
				if (f.mediaType.equals(mediaType)) {
					return f;
				}
			}
			throw new IllegalStateException(mediaType);
		}

	}

	long insert(String fingerprint, String version, String fileName, Inspection inspection, long byteSize,
			@Nullable Long uploadedBy, Instant at) {
		Rights rights = inspection.rights();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO picture (fingerprint, version, file_name, media_type, width, height, orientation,
				  byte_size, caption, credit, creator, copyright, uploaded_by, uploaded_at)
				VALUES (:fingerprint, :version, :fileName, :mediaType, :width, :height, :orientation,
				  :byteSize, :caption, :credit, :creator, :copyright, :uploadedBy, :at)""")
			.param("fingerprint", fingerprint)
			.param("version", version)
			.param("fileName", fileName)
			.param("mediaType", inspection.format().mediaType)
			.param("width", inspection.width())
			.param("height", inspection.height())
			.param("orientation", inspection.orientation())
			.param("byteSize", byteSize)
			.param("caption", rights.caption())
			.param("credit", rights.credit())
			.param("creator", rights.creator())
			.param("copyright", rights.copyright())
			.param("uploadedBy", uploadedBy)
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM picture WHERE id = :id")
			.param("id", id)
			.query(this::row)
			.optional();
	}

	/** The oldest picture whose original has this SHA-256 (hex), if any. */
	Optional<Row> byFingerprint(String fingerprint) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM picture WHERE fingerprint = :fingerprint ORDER BY id FETCH FIRST 1 ROWS ONLY")
			.param("fingerprint", fingerprint)
			.query(this::row)
			.optional();
	}

	List<Row> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM picture WHERE id IN (:ids)")
			.param("ids", ids)
			.query(this::row)
			.list();
	}

	List<Row> search(String query, int offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM picture WHERE " + matching(query)
					+ " ORDER BY uploaded_at DESC, id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.param("q", like(query))
			.param("offset", offset)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	long count(String query) {
		return jdbc.sql("SELECT COUNT(*) FROM picture WHERE " + matching(query))
			.param("q", like(query))
			.query(Long.class)
			.single();
	}

	private static String matching(String query) {
		return query.isEmpty() ? "(:q = :q)"
				: "(LOWER(caption) LIKE :q ESCAPE '\\' OR LOWER(credit) LIKE :q ESCAPE '\\' "
						+ "OR LOWER(file_name) LIKE :q ESCAPE '\\')";
	}

	private static String like(String query) {
		String escaped = query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	int updateRights(long id, Rights rights, String version) {
		return jdbc.sql("""
				UPDATE picture SET caption = :caption, credit = :credit, creator = :creator,
				  copyright = :copyright, version = :version WHERE id = :id""")
			.param("caption", rights.caption())
			.param("credit", rights.credit())
			.param("creator", rights.creator())
			.param("copyright", rights.copyright())
			.param("version", version)
			.param("id", id)
			.update();
	}

	int updateFocus(long id, int x, int y, String version) {
		return jdbc.sql("UPDATE picture SET focus_x = :x, focus_y = :y, version = :version WHERE id = :id")
			.param("x", x)
			.param("y", y)
			.param("version", version)
			.param("id", id)
			.update();
	}

	int delete(long id) {
		return jdbc.sql("DELETE FROM picture WHERE id = :id").param("id", id).update();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		PictureRef ref = new PictureRef(rs.getLong("id"), rs.getString("version"), rs.getInt("width"),
				rs.getInt("height"), rs.getInt("focus_x"), rs.getInt("focus_y"));
		Rights rights = new Rights(rs.getString("caption"), rs.getString("credit"), rs.getString("creator"),
				rs.getString("copyright"));
		PictureDetails details = new PictureDetails(ref, rs.getString("file_name"), rs.getString("media_type"),
				rs.getLong("byte_size"), rights, rs.getObject("uploaded_by", Long.class),
				rs.getTimestamp("uploaded_at").toInstant());
		return new Row(details, rs.getString("fingerprint"), rs.getInt("orientation"));
	}

}
