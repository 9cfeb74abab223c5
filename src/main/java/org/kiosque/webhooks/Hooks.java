package org.kiosque.webhooks;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.FormProblems;
import org.kiosque.site.NewspaperDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and looking after hooks, for the newsroom's page: what an admin may do and
 * what the page shows of each hook and of its attempts.
 */
@Service
class Hooks {

	/** Attempts a hook's page lists, latest first. */
	static final int SHOWN_ATTEMPTS = 50;

	private final HookRepository hooks;

	private final Destinations destinations;

	private final WebhookSettings settings;

	private final JdbcClient jdbc;

	private final NewspaperDates dates;

	private final Clock clock;

	Hooks(HookRepository hooks, Destinations destinations, WebhookSettings settings, JdbcClient jdbc,
			NewspaperDates dates, Clock clock) {
		this.hooks = hooks;
		this.destinations = destinations;
		this.settings = settings;
		this.jdbc = jdbc;
		this.dates = dates;
		this.clock = clock;
	}

	/** A hook registered, with its secret, shown to the admin this once. */
	record Registered(long id, String secret) {
	}

	/**
	 * Registers a hook for {@code eventNames} (wire names).
	 * @return the new hook, or the form's problems (message keys): an address that is not
	 * http(s), or refused ({@link Destinations}); no event, or an unknown one
	 */
	@Transactional
	Result register(String url, Collection<String> eventNames, @Nullable Long by) {
		FormProblems problems = new FormProblems();
		String cleanUrl = url.strip();
		URI uri = Destinations.parsed(cleanUrl);
		if (uri == null) {
			problems.add("url", "webhooks.problem.url");
		}
		else {
			destinations.refusal(cleanUrl).ifPresent(key -> problems.add("url", key));
		}
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		for (String name : eventNames) {
			Optional<WebhookEvent> event = WebhookEvent.of(name.strip());
			if (event.isEmpty()) {
				problems.add("events", "webhooks.problem.unknown-event");
			}
			event.ifPresent(events::add);
		}
		if (events.isEmpty() && !problems.has("events")) {
			problems.add("events", "webhooks.problem.no-event");
		}
		if (!problems.isEmpty()) {
			return new Result(null, problems);
		}
		String secret = Signature.newSecret();
		long id = hooks.insert(cleanUrl, events, secret, clock.instant(), by);
		return new Result(new Registered(id, secret), problems);
	}

	/** What came of a registration: the hook, or the problems. */
	record Result(@Nullable Registered registered, FormProblems problems) {
	}

	List<HookView> all() {
		Map<Long, Long> waiting = jdbc.sql("""
				SELECT hook_id, COUNT(*) AS n FROM webhook_deliveries WHERE state IN ('WAITING', 'SENDING')
				GROUP BY hook_id""")
			.query((rs, n) -> Map.entry(rs.getLong("hook_id"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return hooks.all().stream().map(h -> view(h, waiting.getOrDefault(h.id(), 0L))).toList();
	}

	Optional<HookView> find(long id) {
		return hooks.find(id)
			.map(h -> view(h, jdbc.sql("""
					SELECT COUNT(*) FROM webhook_deliveries WHERE hook_id = ? AND state IN ('WAITING', 'SENDING')""")
				.param(id)
				.query(Long.class)
				.single()));
	}

	/** The hook's secret, for the admin who asks to see it. */
	Optional<String> secret(long id) {
		return hooks.find(id).map(Hook::secret);
	}

	/** Gives the hook a new secret: deliveries from now on are signed with it. */
	Optional<String> newSecret(long id) {
		String secret = Signature.newSecret();
		return hooks.replaceSecret(id, secret) ? Optional.of(secret) : Optional.empty();
	}

	boolean setEnabled(long id, boolean enabled) {
		return hooks.setEnabled(id, enabled);
	}

	/** Deletes the hook, its deliveries and their record. */
	boolean delete(long id) {
		return hooks.delete(id);
	}

	/** The hook's latest attempts, latest first. */
	List<AttemptView> attempts(long hookId) {
		return jdbc.sql("""
				SELECT a.delivery_id, d.event, a.attempted_at, a.status_code, a.excerpt, a.duration_ms, a.succeeded,
				    (SELECT COUNT(*) FROM webhook_attempts p WHERE p.delivery_id = a.delivery_id AND p.id <= a.id) AS n
				FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
				WHERE a.hook_id = ? ORDER BY a.id DESC FETCH FIRST %d ROWS ONLY""".formatted(SHOWN_ATTEMPTS))
			.param(hookId)
			.query(this::attempt)
			.list();
	}

	private HookView view(Hook h, long waiting) {
		AttemptView last = attempts(h.id()).stream().findFirst().orElse(null);
		List<String> events = h.events().stream().sorted().map(WebhookEvent::wireName).toList();
		boolean failing = settings.failingAfter() > 0 && h.consecutiveFailures() >= settings.failingAfter();
		return new HookView(h.id(), h.url(), events, h.enabled(), failing, h.consecutiveFailures(), h.disabledReason(),
				last, waiting);
	}

	private AttemptView attempt(ResultSet rs, int row) throws SQLException {
		Instant at = rs.getTimestamp("attempted_at").toInstant();
		int status = rs.getInt("status_code");
		Integer code = rs.wasNull() ? null : status;
		return new AttemptView(rs.getLong("delivery_id"), rs.getString("event"), dates.dayAndTime(at), dates.iso(at),
				code, rs.getString("excerpt"), rs.getLong("duration_ms"), rs.getBoolean("succeeded"), rs.getInt("n"));
	}

}
