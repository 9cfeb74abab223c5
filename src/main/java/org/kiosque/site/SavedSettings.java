package org.kiosque.site;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The settings admins saved in the newsroom ({@code site_settings}), shared by every
 * node: the one place that reads and writes them. A saved value takes precedence over the
 * property of the same name ({@link SiteSettings} and the other areas' live settings ask
 * here at each use).
 * <p>
 * The table is small and read on every page, so a node keeps the whole of it in memory
 * for {@code kiosque.cache.settings-ttl} (1 s): a change saved on another node shows
 * within that, or sooner when the change log tells it ({@link ChangedElsewhere}); one
 * saved on this node shows at once (the copy is dropped when saving). Before the table
 * exists (during start-up, before the migrations) nothing is saved.
 */
@Component
public class SavedSettings {

	private static final Logger log = LoggerFactory.getLogger(SavedSettings.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final long ttlNanos;

	private volatile Snapshot snapshot;

	public SavedSettings(JdbcClient jdbc, Clock clock, CacheSettings cache, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.ttlNanos = cache.settingsTtl().toNanos();
	}

	/** The value saved under {@code name}, if an admin saved one. */
	public Optional<String> value(String name) {
		return find(name).map(SavedSetting::value);
	}

	/** The setting saved under {@code name}, with who saved it and when. */
	public Optional<SavedSetting> find(String name) {
		return Optional.ofNullable(all().get(name));
	}

	/** Every saved setting by name. */
	public Map<String, SavedSetting> all() {
		Snapshot current = snapshot;
		long now = System.nanoTime();
		if (current != null && now - current.readAt() < ttlNanos) {
			return current.settings();
		}
		try {
			Map<String, SavedSetting> settings = jdbc
				.sql("SELECT name, setting, changed_by, changed_at FROM site_settings")
				.query((rs, n) -> new SavedSetting(rs.getString("name"), rs.getString("setting"),
						rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
				.list()
				.stream()
				.collect(Collectors.toUnmodifiableMap(SavedSetting::name, Function.identity()));
			snapshot = new Snapshot(settings, now);
			return settings;
		}
		catch (DataAccessException e) {
			// Asked before the migrations ran (a bean made early): the properties apply.
			log.debug("Saved settings not readable yet: {}", e.getMessage());
			return Map.of();
		}
	}

	/**
	 * Saves {@code value} under {@code name}, replacing what was saved, for every node,
	 * and tells this node ({@link SiteSettingChanged}).
	 * @param changedBy the admin's e-mail address
	 */
	public void save(String name, String value, String changedBy) {
		OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		int updated = jdbc
			.sql("UPDATE site_settings SET setting = :value, changed_by = :by, changed_at = :at WHERE name = :name")
			.param("value", value)
			.param("by", changedBy)
			.param("at", at)
			.param("name", name)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"INSERT INTO site_settings (name, setting, changed_by, changed_at) VALUES (:name, :value, :by, :at)")
				.param("name", name)
				.param("value", value)
				.param("by", changedBy)
				.param("at", at)
				.update();
		}
		forget();
		events.publishEvent(new SiteSettingChanged(name));
	}

	/**
	 * Forgets what was saved under {@code name}: the property applies again
	 * ({@link SiteSettingChanged}).
	 */
	public void reset(String name) {
		jdbc.sql("DELETE FROM site_settings WHERE name = :name").param("name", name).update();
		forget();
		events.publishEvent(new SiteSettingChanged(name));
	}

	/** A setting saved on another node: read them all again at once. */
	@EventListener
	void on(ChangedElsewhere change) {
		if (change.is(SiteSettingChanged.class)) {
			snapshot = null;
		}
	}

	/** Drops this node's copy (after a change here, and after its commit). */
	public void forget() {
		snapshot = null;
		AfterCommit.run(() -> snapshot = null);
	}

	private record Snapshot(Map<String, SavedSetting> settings, long readAt) {
	}

}
