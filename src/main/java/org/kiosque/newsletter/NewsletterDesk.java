package org.kiosque.newsletter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.NewspaperNumbers;
import org.kiosque.site.CsvWriter;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The newsroom's newsletter page, for editors and admins (by the access rules,
 * {@code org.kiosque.account.AccessRules}): subscriber counts and search, CSV export,
 * editions with their delivery figures, "send now" and article alerts.
 */
@Controller
class NewsletterDesk {

	static final String PATH = "/newsroom/newsletter";

	private final SubscriberRepository register;

	private final EditionRepository editions;

	private final Editions editor;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	private final NewspaperNumbers numbers;

	NewsletterDesk(SubscriberRepository register, EditionRepository editions, Editions editor, PageLayout layout,
			Labels labels, NewspaperDates dates, NewspaperNumbers numbers) {
		this.register = register;
		this.editions = editions;
		this.editor = editor;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
		this.numbers = numbers;
	}

	@GetMapping(PATH)
	String desk(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String done,
			HttpServletRequest request, Model model) {
		Map<SubscriberStatus, Long> counts = register.counts();
		List<DeskView.Row> found = register.search(q.strip(), 100)
			.stream()
			.map(s -> new DeskView.Row(s.email(), s.name() == null ? "" : s.name(),
					labels.get("newsletter.status." + s.status().name().toLowerCase(java.util.Locale.ROOT)),
					dates.day(s.createdAt())))
			.toList();
		List<DeskView.EditionRow> rows = editions.latest(30)
			.stream()
			.map(e -> new DeskView.EditionRow(e.subject(),
					labels.get("newsletter.kind." + e.kind().toLowerCase(java.util.Locale.ROOT)),
					dates.dayAndTime(e.createdAt()), numbers.count(e.articleCount()), numbers.count(e.sent()),
					numbers.count(e.failed()), numbers.count(e.waiting())))
			.toList();
		String notice = done == null ? null : switch (done) {
			case "sent" -> labels.get("newsroom.newsletter.done.sent");
			case "nothing" -> labels.get("newsroom.newsletter.done.nothing");
			case "alert" -> labels.get("newsroom.newsletter.done.alert");
			case "noalert" -> labels.get("newsroom.newsletter.done.noalert");
			default -> null;
		};
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(labels.get("newsroom.newsletter.title"), null, null)));
		model.addAttribute("view",
				new DeskView(q, notice,
						labels.count("newsroom.newsletter.count.confirmed", counts.get(SubscriberStatus.CONFIRMED)),
						labels.count("newsroom.newsletter.count.pending", counts.get(SubscriberStatus.PENDING)),
						labels.count("newsroom.newsletter.count.unsubscribed",
								counts.get(SubscriberStatus.UNSUBSCRIBED)),
						labels.count("newsroom.newsletter.count.suspended", counts.get(SubscriberStatus.SUSPENDED)),
						found, rows));
		return "newsletter/desk";
	}

	@PostMapping(PATH + "/send")
	String sendNow() {
		return "redirect:" + PATH + "?done=" + (editor.now().isPresent() ? "sent" : "nothing");
	}

	/**
	 * An alert for the article whose number was typed; anything but a number (a word, a
	 * slip of the keyboard) is no article, answered with the desk's own notice rather
	 * than a bare "bad request".
	 */
	@PostMapping(PATH + "/alert")
	String alert(@RequestParam(defaultValue = "") String article) {
		Optional<Edition> alert = articleNumber(article).flatMap(editor::alert);
		return "redirect:" + PATH + "?done=" + (alert.isPresent() ? "alert" : "noalert");
	}

	private static Optional<Long> articleNumber(String typed) {
		try {
			return Optional.of(Long.parseLong(typed.strip()));
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	@GetMapping(PATH + "/subscribers.csv")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"abonnes.csv\"");
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer out = response.getWriter();
		CsvWriter csv = new CsvWriter(out);
		csv.row(List.of("email", "name", "status", "source", "created_at", "confirmed_at"));
		register.each(s -> csv.quoted(s.email())
			.quoted(s.name())
			.cell(s.status())
			.quoted(s.source())
			.cell(s.createdAt())
			.cell(s.confirmedAt())
			.end());
		out.flush();
	}

}
