package org.kiosque.wires;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.Agency;
import org.kiosque.desk.Copy;
import org.kiosque.desk.CopyDiff;
import org.kiosque.desk.Desk;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * {@code /newsroom/wires/version} (editors and admins, by the access rules, as every
 * {@code /newsroom/wires} page): the agency's version of an item that clashed with the
 * newsroom's edits, against the article's current text, field by field, as the revisions
 * page compares two revisions ({@code desk/diff.jte}); and the two decisions,
 * {@code …/take} and {@code …/keep} ({@link ClashingVersions}). A decision that comes too
 * late answers 409 with the page again, as it now stands, and why; one the desk refuses
 * (the agency's headline too long…) 422; an item never received 404.
 */
@Controller
class WireVersionPage {

	static final String PATH = WireDesk.PATH + "/version";

	private final ClashingVersions versions;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	WireVersionPage(ClashingVersions versions, CurrentReader current, PageLayout layout, Labels labels,
			NewspaperDates dates) {
		this.versions = versions;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	/** The address of an item's page. */
	static String of(String provider, String guid) {
		return PATH + "?provider=" + UriUtils.encodeQueryParam(provider, "UTF-8") + "&guid="
				+ UriUtils.encodeQueryParam(guid, "UTF-8");
	}

	@GetMapping(PATH)
	String page(@RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "") String guid,
			HttpServletRequest request, Model model) {
		return page(provider, guid, null, request, model);
	}

	/**
	 * Takes the agency's version: a new revision of the article, the agency its author.
	 */
	@PostMapping(PATH + "/take")
	String take(@RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "") String guid,
			@RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "0") int revision,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return decided(versions.take(provider, guid, version, revision, editor()), provider, guid, request, response,
				model);
	}

	/** Keeps the newsroom's text: the agency's version is set aside. */
	@PostMapping(PATH + "/keep")
	String keep(@RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "") String guid,
			@RequestParam(defaultValue = "0") int version, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return decided(versions.keep(provider, guid, version, editor()), provider, guid, request, response, model);
	}

	private String decided(ClashingVersions.Decision decision, String provider, String guid, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return switch (decision) {
			case ClashingVersions.Decision.Done done -> "redirect:" + WireDesk.PATH + "?done";
			case ClashingVersions.Decision.Unknown unknown -> throw notFound();
			case ClashingVersions.Decision.Stale stale -> {
				response.setStatus(HttpStatus.CONFLICT.value());
				yield page(provider, guid, labels.get(stale.messageKey()), request, model);
			}
			case ClashingVersions.Decision.Refused refused -> {
				response.setStatus(422);
				yield page(provider, guid,
						labels.get("wiredesk.version.refused",
								String.join(" ", refused.problemKeys().stream().map(labels::get).toList())),
						request, model);
			}
		};
	}

	private String page(String provider, String guid, @Nullable String problem, HttpServletRequest request,
			Model model) {
		ClashingVersions.Shown shown = versions.show(provider, guid).orElseThrow(WireVersionPage::notFound);
		ItemRepository.Filed item = shown.item();
		WireDeskView.Waiting waiting = waiting(shown);
		String title = waiting == null ? labels.get("wiredesk.version.title.none", item.headline())
				: labels.get("wiredesk.version.title", waiting.version(), item.headline());
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("view",
				new WireDeskView.VersionView(title, provider, guid, item.flag() == null ? "" : item.flag(),
						item.editorsNote() == null ? "" : item.editorsNote(),
						shown.article() == null ? null : "/newsroom/articles/" + shown.article().id(), waiting));
		model.addAttribute("problem", problem);
		return "wires/version";
	}

	/**
	 * The version waiting, compared with the article as it is: what taking it would
	 * change. {@code null} when none waits.
	 */
	private WireDeskView.@Nullable Waiting waiting(ClashingVersions.Shown shown) {
		PendingVersions.@Nullable Pending pending = shown.version();
		if (pending == null || shown.article() == null) {
			return null;
		}
		Copy text = Desk.copyOf(shown.article());
		// An item with no agency code (a feed's) is named by its provider.
		String agency = pending.agency().isBlank() ? shown.item().provider() : new Agency(pending.agency()).name();
		return new WireDeskView.Waiting(pending.version(), agency, dates.dayAndTime(pending.receivedAt()),
				shown.revision(), CopyDiff.between(text, pending.over(text)));
	}

	private String editor() {
		return current.get().map(ReaderIdentity::displayName).orElse("");
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
