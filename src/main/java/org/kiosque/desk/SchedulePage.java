package org.kiosque.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.PublicationSchedule;
import org.kiosque.article.ScheduleChange;
import org.kiosque.article.ScheduledArticle;
import org.kiosque.site.FormProblems;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /newsroom/schedule}, for editors and admins (by the access rules,
 * {@code org.kiosque.account.AccessRules}): what is scheduled next, in the site's time
 * zone, with a form per article to move its time ({@code POST /newsroom/schedule/{id}},
 * field {@code publishAt}: ISO local date-time in the site's zone) or to cancel it
 * ({@code POST /newsroom/schedule/{id}/cancel}, back to draft).
 * <p>
 * A refused change shows the page again with the reason: 400 for a time that is missing,
 * unreadable, past or that the clocks skip; 404 for an unknown article; 409 for one
 * already published or no longer scheduled.
 */
@Controller
class SchedulePage {

	static final String PATH = "/newsroom/schedule";

	/** How many scheduled articles the page lists; the rest are counted. */
	static final int SHOWN = 200;

	private static final DateTimeFormatter TO_THE_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

	private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private final PublicationSchedule schedule;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	private final SiteSettings site;

	private final Clock clock;

	SchedulePage(PublicationSchedule schedule, PageLayout layout, Labels labels, NewspaperDates dates,
			SiteSettings site, Clock clock) {
		this.schedule = schedule;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping({ PATH, PATH + "/" })
	String list(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		String notice = done == null ? null : switch (done) {
			case "moved" -> labels.get("schedule.done.moved");
			case "cancelled" -> labels.get("schedule.done.cancelled");
			default -> null;
		};
		return page(request, model, notice, null, null, new FormProblems(), null);
	}

	@PostMapping(PATH + "/{id}")
	String move(@PathVariable long id, @RequestParam(defaultValue = "") String publishAt, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String typed = publishAt.strip();
		FormProblems problems = new FormProblems();
		Instant time = time(typed, problems);
		// With a time that cannot be used, the article's own state still answers first
		// (unknown, already published), as it would with a good time.
		ScheduleChange outcome = time == null ? schedule.refusal(id).orElse(ScheduleChange.TIME_PASSED)
				: schedule.reschedule(id, time);
		if (outcome == ScheduleChange.DONE) {
			return "redirect:" + PATH + "?done=moved";
		}
		if (outcome == ScheduleChange.TIME_PASSED) {
			// Kept only when the time was not already refused for another reason.
			problems.add("publishAt", "schedule.publish-at.past");
		}
		if (outcome == ScheduleChange.EMBARGOED) {
			problems.add("publishAt", "schedule.publish-at.embargoed");
		}
		return refused(id, outcome, problems, typed, request, response, model);
	}

	@PostMapping(PATH + "/{id}/cancel")
	String cancel(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
		ScheduleChange outcome = schedule.cancel(id);
		if (outcome == ScheduleChange.DONE) {
			return "redirect:" + PATH + "?done=cancelled";
		}
		return refused(id, outcome, new FormProblems(), null, request, response, model);
	}

	private String refused(long id, ScheduleChange outcome, FormProblems problems, @Nullable String typed,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String problem = switch (outcome) {
			case NO_SUCH_ARTICLE -> labels.get("schedule.problem.unknown", String.valueOf(id));
			case ALREADY_PUBLISHED -> labels.get("schedule.problem.published", String.valueOf(id));
			case NOT_SCHEDULED -> labels.get("schedule.problem.not-scheduled", String.valueOf(id));
			case DONE, TIME_PASSED, EMBARGOED -> null;
		};
		response.setStatus(switch (outcome) {
			case NO_SUCH_ARTICLE -> HttpServletResponse.SC_NOT_FOUND;
			case ALREADY_PUBLISHED, NOT_SCHEDULED -> HttpServletResponse.SC_CONFLICT;
			case EMBARGOED -> ArticleEditor.UNPROCESSABLE;
			case DONE, TIME_PASSED -> HttpServletResponse.SC_BAD_REQUEST;
		});
		return page(request, model, null, problem, problem == null ? id : null, problems, typed);
	}

	private String page(HttpServletRequest request, Model model, @Nullable String notice, @Nullable String problem,
			@Nullable Long problemArticle, FormProblems problems, @Nullable String typed) {
		Instant now = clock.instant();
		List<ScheduledArticle> next = schedule.upcoming(SHOWN);
		List<ScheduleView.Row> rows = next.stream()
			.map(a -> new ScheduleView.Row(a.id(), a.headline(), a.sectionName() == null ? "" : a.sectionName(),
					a.byline() == null ? "" : a.byline(), dates.dayAndTime(a.scheduledFor()),
					dates.iso(a.scheduledFor()),
					problemArticle != null && problemArticle == a.id() && typed != null && fits(typed) ? typed
							: field(a.scheduledFor()),
					a.due(now)))
			.toList();
		long later = Math.max(0, schedule.countScheduled() - rows.size());
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("schedule.title"), null, null)));
		model.addAttribute("view", new ScheduleView(rows, later, site.timeZone().getId(), notice, problem,
				problemArticle, problems.shown(key -> labels.get(key, typed == null ? "" : typed))));
		return "desk/schedule";
	}

	/**
	 * The form's value for a time: to the minute, or to the second when it has seconds.
	 */
	private String field(Instant time) {
		LocalDateTime local = dates.local(time).toLocalDateTime();
		return local.getSecond() == 0 && local.getNano() == 0 ? TO_THE_MINUTE.format(local)
				: TO_THE_SECOND.format(local.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Whether what was typed can go back into the date-time field: a browser would blank
	 * (and the HTML rules refuse) anything but a local date-time; the message quotes it.
	 */
	private static boolean fits(String typed) {
		if (typed.isEmpty()) {
			return true;
		}
		try {
			LocalDateTime.parse(typed);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	/**
	 * The time typed in the form, or {@code null} with the reason in {@code problems}.
	 */
	private @Nullable Instant time(String typed, FormProblems problems) {
		if (typed.isEmpty()) {
			problems.add("publishAt", "schedule.publish-at.missing");
			return null;
		}
		try {
			Instant time = inSiteZone(LocalDateTime.parse(typed));
			if (time == null) {
				problems.add("publishAt", "schedule.publish-at.skipped");
			}
			return time;
		}
		catch (DateTimeParseException e) {
			problems.add("publishAt", "schedule.publish-at.unreadable");
			return null;
		}
	}

	/**
	 * A time typed in the site's zone; {@code null} when the clocks skip it (spring
	 * forward). A time the clocks go through twice (fall back) is the first one.
	 */
	private @Nullable Instant inSiteZone(LocalDateTime typed) {
		ZoneId zone = site.timeZone();
		if (zone.getRules().getValidOffsets(typed).isEmpty()) {
			return null;
		}
		return ZonedDateTime.ofLocal(typed, zone, null).toInstant();
	}

}
