package org.kiosque.wires;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The sources editors keep in the newsroom: {@code wire_source}. */
@Repository
class SourceRepository {

	private static final String COLUMNS = "id, name, kind, location, agency, section, tags, publish, interval_seconds, active";

	private final JdbcClient jdbc;

	SourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WireSource> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM wire_source ORDER BY name").query((rs, n) -> source(rs)).list();
	}

	Optional<WireSource> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM wire_source WHERE id = ?")
			.param(id)
			.query((rs, n) -> source(rs))
			.optional();
	}

	boolean nameTaken(String name, long exceptId) {
		return jdbc.sql("SELECT COUNT(*) FROM wire_source WHERE LOWER(name) = LOWER(?) AND id <> ?")
			.params(name, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(WireSource s, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO wire_source (name, kind, location, agency, section, tags, publish, interval_seconds, active,
				    created_at)
				VALUES (:name, :kind, :location, :agency, :section, :tags, :publish, :interval, :active, :now)""")
			.param("name", s.name())
			.param("kind", s.kind().name())
			.param("location", s.location())
			.param("agency", s.agency())
			.param("section", s.section())
			.param("tags", s.tagLine())
			.param("publish", s.publish())
			.param("interval", (int) s.interval().toSeconds())
			.param("active", s.active())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	boolean update(long id, WireSource s) {
		return jdbc.sql("""
				UPDATE wire_source SET name = :name, kind = :kind, location = :location, agency = :agency,
				    section = :section, tags = :tags, publish = :publish, interval_seconds = :interval, active = :active
				WHERE id = :id""")
			.param("id", id)
			.param("name", s.name())
			.param("kind", s.kind().name())
			.param("location", s.location())
			.param("agency", s.agency())
			.param("section", s.section())
			.param("tags", s.tagLine())
			.param("publish", s.publish())
			.param("interval", (int) s.interval().toSeconds())
			.param("active", s.active())
			.update() == 1;
	}

	private static WireSource source(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new WireSource("db:" + id, id, rs.getString("name"), WireSource.Kind.valueOf(rs.getString("kind")),
				rs.getString("location"), rs.getString("agency"), rs.getString("section"),
				WireSource.tags(rs.getString("tags")), rs.getBoolean("publish"),
				Duration.ofSeconds(rs.getInt("interval_seconds")), rs.getBoolean("active"));
	}

}
