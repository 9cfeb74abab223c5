package org.kiosque.wires;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.SectionRef;
import org.kiosque.site.CleanText;
import org.kiosque.site.FormProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every wire source: those declared in settings ({@code kiosque.wires.sources[i]}, read
 * only) then those editors keep in the newsroom. The one place a source's form is
 * checked.
 */
@Service
public class WireSources {

	private static final Logger log = LoggerFactory.getLogger(WireSources.class);

	/** The shortest interval a source may be polled at. */
	static final Duration SHORTEST = Duration.ofSeconds(30);

	private final SourceRepository repository;

	private final ArticleLedger ledger;

	private final Clock clock;

	private final List<WireSource> declared;

	WireSources(SourceRepository repository, ArticleLedger ledger, WireSettings settings, Clock clock) {
		this.repository = repository;
		this.ledger = ledger;
		this.clock = clock;
		this.declared = declared(settings.sources());
	}

	/** Every source, declared ones first, then the newsroom's by name. */
	public List<WireSource> all() {
		List<WireSource> all = new ArrayList<>(declared);
		all.addAll(repository.all());
		return all;
	}

	/** The source with this key ({@code db:12}, {@code settings:AFP}), if any. */
	public Optional<WireSource> find(String key) {
		return all().stream().filter(s -> s.key().equals(key)).findFirst();
	}

	Optional<WireSource> find(long id) {
		return repository.find(id);
	}

	/**
	 * Adds a source from the newsroom's form.
	 * @return its key
	 * @throws SourceRefused with the problems (422)
	 */
	@Transactional
	public String create(Form form) {
		WireSource source = checked(form, 0);
		return "db:" + repository.insert(source, clock.instant());
	}

	/**
	 * Changes a newsroom source.
	 * @return false when there is no such source
	 * @throws SourceRefused with the problems (422)
	 */
	@Transactional
	public boolean edit(long id, Form form) {
		if (repository.find(id).isEmpty()) {
			return false;
		}
		return repository.update(id, checked(form, id));
	}

	/**
	 * The newsroom's form for a source, as typed.
	 *
	 * @param type {@code feed} or {@code folder}
	 * @param location the feed's address or the folder's path
	 * @param mode {@code draft} or {@code publish}
	 * @param interval minutes between polls
	 */
	public record Form(String name, String type, String location, String agency, String section, String tags,
			String mode, String interval, boolean active) {

		public Form {
			name = CleanText.line(name == null ? "" : name).strip();
			type = type == null ? "" : type.strip();
			location = CleanText.line(location == null ? "" : location).strip();
			agency = CleanText.line(agency == null ? "" : agency).strip();
			section = section == null ? "" : section.strip();
			tags = CleanText.line(tags == null ? "" : tags).strip();
			mode = mode == null ? "" : mode.strip();
			interval = interval == null ? "" : interval.strip();
		}

		/** The form filled from a source, to edit it. */
		static Form of(WireSource s) {
			return new Form(s.name(), s.kind().word(), s.location(), s.agency(), s.section(), s.tagLine(),
					s.publish() ? "publish" : "draft", String.valueOf(Math.max(1, s.interval().toMinutes())),
					s.active());
		}

	}

	private WireSource checked(Form form, long id) {
		FormProblems problems = new FormProblems();
		if (form.name().isEmpty()) {
			problems.add("name", "wiredesk.problem.name-missing");
		}
		else if (form.name().length() > 120) {
			problems.add("name", "wiredesk.problem.name-too-long");
		}
		else if (repository.nameTaken(form.name(), id)
				|| declared.stream().anyMatch(d -> d.name().equalsIgnoreCase(form.name()))) {
			problems.add("name", "wiredesk.problem.name-taken");
		}
		WireSource.Kind kind = WireSource.Kind.of(form.type());
		if (kind == null) {
			problems.add("type", "wiredesk.problem.type");
		}
		else if (locationProblem(kind, form.location()) != null) {
			problems.add("location", locationProblem(kind, form.location()));
		}
		if (form.agency().length() > 40) {
			problems.add("agency", "wiredesk.problem.agency-too-long");
		}
		if (!form.section().isEmpty() && !sectionSlugs().contains(form.section())) {
			problems.add("section", "wiredesk.problem.section");
		}
		if (form.tags().length() > 500) {
			problems.add("tags", "wiredesk.problem.tags-too-long");
		}
		if (!form.mode().equals("draft") && !form.mode().equals("publish")) {
			problems.add("mode", "wiredesk.problem.mode");
		}
		Duration interval = null;
		try {
			interval = Duration.ofMinutes(Long.parseLong(form.interval()));
		}
		catch (NumberFormatException e) {
			// said below
		}
		if (interval == null || interval.compareTo(Duration.ofMinutes(1)) < 0
				|| interval.compareTo(Duration.ofDays(1)) > 0) {
			problems.add("interval", "wiredesk.problem.interval");
		}
		if (!problems.isEmpty()) {
			throw new SourceRefused(problems);
		}
		return new WireSource("", null, form.name(), kind, form.location(), form.agency(), form.section(),
				WireSource.tags(form.tags()), form.mode().equals("publish"), interval, form.active());
	}

	/** Why a feed's address or a folder's path will not do; {@code null} when it will. */
	static @Nullable String locationProblem(WireSource.Kind kind, String location) {
		if (location.isBlank() || location.length() > 2000) {
			return "wiredesk.problem.location-missing";
		}
		if (kind == WireSource.Kind.FEED) {
			try {
				URI uri = URI.create(location);
				String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
				if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
					return "wiredesk.problem.url";
				}
			}
			catch (IllegalArgumentException e) {
				return "wiredesk.problem.url";
			}
			return null;
		}
		try {
			return Path.of(location).isAbsolute() ? null : "wiredesk.problem.path";
		}
		catch (RuntimeException e) {
			return "wiredesk.problem.path";
		}
	}

	private Set<String> sectionSlugs() {
		return ledger.sections().stream().map(SectionRef::slug).collect(Collectors.toSet());
	}

	/** The sources from settings; one that cannot be polled is left out, and said so. */
	private static List<WireSource> declared(List<WireSettings.Declared> settings) {
		List<WireSource> sources = new ArrayList<>();
		for (int i = 0; i < settings.size(); i++) {
			WireSettings.Declared d = settings.get(i);
			WireSource.Kind kind = WireSource.Kind.of(d.type());
			String name = d.name() == null || d.name().isBlank() ? "source " + i : d.name().strip();
			String location = kind == WireSource.Kind.FOLDER ? d.path() : d.url();
			location = location == null ? "" : location.strip();
			if (kind == null || locationProblem(kind, location) != null) {
				log.warn("kiosque.wires.sources[{}] ({}) left out: type {} with url/path '{}' cannot be polled", i,
						name, d.type(), location);
				continue;
			}
			Duration interval = d.interval().compareTo(Duration.ofSeconds(1)) < 0 ? SHORTEST : d.interval();
			sources.add(new WireSource("settings:" + name, null, name, kind, location, d.agency().strip(),
					d.section().strip(), WireSource.tags(d.tags()), d.mode().strip().equalsIgnoreCase("publish"),
					interval, true));
		}
		return List.copyOf(sources);
	}

}
