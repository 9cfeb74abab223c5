package org.kiosque.newsroom;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.site.MailOutbox;
import org.kiosque.site.OutboxState;
import org.kiosque.site.Labels;
import org.kiosque.site.Letterhead;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /newsroom}: the dashboard. Who is at the desk, the menu of what their role may
 * do, and each feature's panel (what waits for review, the schedule, the moderation
 * queue, today's reads, the last editions), each a link to its desk.
 */
@Controller
class NewsroomHome {

	private final CurrentReader current;

	private final NewsroomMenu menu;

	private final PageLayout layout;

	private final Labels labels;

	private final MailOutbox outbox;

	private final Letterhead letterhead;

	private final NewsroomPanels panels;

	NewsroomHome(CurrentReader current, NewsroomMenu menu, PageLayout layout, Labels labels, MailOutbox outbox,
			Letterhead letterhead, NewsroomPanels panels) {
		this.panels = panels;
		this.outbox = outbox;
		this.letterhead = letterhead;
		this.current = current;
		this.menu = menu;
		this.layout = layout;
		this.labels = labels;
	}

	@GetMapping({ "/newsroom", "/newsroom/" })
	String home(HttpServletRequest request, Model model) {
		// The access rules let only signed-in staff this far.
		ReaderIdentity me = current.get().orElseThrow();
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("newsroom.title"), null, null)));
		model.addAttribute("name", me.displayName());
		model.addAttribute("role", labels.get("account.role." + me.role().name()));
		model.addAttribute("links", menu.ofCurrentPerson());
		model.addAttribute("panels", panels.ofCurrentPerson());
		// A mail outage does not take the site down: it is told here, to the staff.
		OutboxState mail = outbox.state();
		model.addAttribute("mailTrouble", mail.troubled() ? labels.count("newsroom.mail-trouble", mail.waiting(),
				mail.failed(), mail.lastError() == null ? "-" : mail.lastError()) : null);
		// Mail from localhost through a real SMTP server is refused or binned elsewhere:
		// the start logs it once, and staff see it here until the senders are set.
		List<String> local = letterhead.localSenders();
		model.addAttribute("mailSender",
				local.isEmpty() ? null : labels.get("newsroom.mail-sender", String.join(", ", local)));
		return "newsroom/home";
	}

}
