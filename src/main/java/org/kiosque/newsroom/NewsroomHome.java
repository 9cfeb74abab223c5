package org.kiosque.newsroom;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.site.MailOutbox;
import org.kiosque.site.OutboxState;
import org.kiosque.site.Labels;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /newsroom}: who is at the desk, and the menu of what their role may do. */
@Controller
class NewsroomHome {

	private final CurrentReader current;

	private final NewsroomMenu menu;

	private final PageLayout layout;

	private final Labels labels;

	private final MailOutbox outbox;

	NewsroomHome(CurrentReader current, NewsroomMenu menu, PageLayout layout, Labels labels, MailOutbox outbox) {
		this.outbox = outbox;
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
		// A mail outage does not take the site down: it is told here, to the staff.
		OutboxState mail = outbox.state();
		model.addAttribute("mailTrouble", mail.troubled() ? labels.count("newsroom.mail-trouble", mail.waiting(),
				mail.failed(), mail.lastError() == null ? "-" : mail.lastError()) : null);
		return "newsroom/home";
	}

}
