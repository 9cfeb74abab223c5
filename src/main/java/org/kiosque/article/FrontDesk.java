package org.kiosque.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.FrontPageRepository.BlockChoice;
import org.kiosque.site.FormProblems;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /newsroom/front}, for editors and admins (by the access rules,
 * {@code org.kiosque.account.AccessRules}): the front page's pinned stories and blocks.
 * <p>
 * {@code POST /newsroom/front} takes the whole choice: {@code pin}, repeated, article ids
 * in order, the lead first (blank: no pin, the newest fills the place); {@code section}
 * and {@code size}, repeated in pairs, a section's id and its block's number of stories
 * (blank section: no block). A choice that cannot be kept (an article not published, the
 * same story or section twice, a size outside 1 to {@value FrontPage#MAX_BLOCK_SIZE})
 * shows the form again, as typed, with the reason, in a 422; nothing is kept of it.
 * <p>
 * {@code POST /newsroom/front/sections} takes the section pages' leads
 * ({@link #saveLeads}).
 */
@Controller
class FrontDesk {

	static final String PATH = "/newsroom/front";

	/** Published stories offered to pin, the newest first. */
	static final int OFFERED = 40;

	/** Stories of a section offered to lead its page, the newest first. */
	static final int LEAD_OFFERED = 20;

	private final FrontPage front;

	private final ArticleCatalog catalog;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	FrontDesk(FrontPage front, ArticleCatalog catalog, PageLayout layout, Labels labels, NewspaperDates dates) {
		this.front = front;
		this.catalog = catalog;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping({ PATH, PATH + "/" })
	String show(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		List<String> pins = front.pinned().stream().map(String::valueOf).toList();
		List<FrontDeskView.BlockRow> blocks = front.blocks()
			.stream()
			.map(b -> new FrontDeskView.BlockRow(String.valueOf(b.section().id()), String.valueOf(b.size())))
			.toList();
		String notice = "saved".equals(done) ? labels.get("front.saved")
				: "leads".equals(done) ? labels.get("front.leads.saved") : null;
		return page(pins, blocks, chosenLeads(), notice, new FormProblems(), request, model);
	}

	@PostMapping({ PATH, PATH + "/" })
	String save(@RequestParam(name = "pin", required = false) @Nullable List<String> pin,
			@RequestParam(name = "section", required = false) @Nullable List<String> section,
			@RequestParam(name = "size", required = false) @Nullable List<String> size, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		List<String> typedPins = pin == null ? List.of() : pin.stream().map(String::strip).toList();
		List<String> sections = section == null ? List.of() : section.stream().map(String::strip).toList();
		List<String> sizes = size == null ? List.of() : size.stream().map(String::strip).toList();
		List<FrontDeskView.BlockRow> typedBlocks = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			typedBlocks.add(new FrontDeskView.BlockRow(sections.get(i), i < sizes.size() ? sizes.get(i) : ""));
		}
		FormProblems problems = new FormProblems();
		List<Long> pins = pins(typedPins, problems);
		List<BlockChoice> blocks = blocks(typedBlocks, problems);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return page(typedPins, typedBlocks, chosenLeads(), null, problems, request, model);
		}
		front.choose(pins, blocks);
		return "redirect:" + PATH + "?done=saved";
	}

	/**
	 * The section pages' leads: {@code section} and {@code lead} repeated in pairs, a
	 * section's id and the article id that leads its page (blank: the newest). The whole
	 * choice is replaced; a lead that is not a published story of that section is refused
	 * (422), nothing kept.
	 */
	@PostMapping(PATH + "/sections")
	String saveLeads(@RequestParam(name = "section", required = false) @Nullable List<String> section,
			@RequestParam(name = "lead", required = false) @Nullable List<String> lead, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		List<String> sections = section == null ? List.of() : section.stream().map(String::strip).toList();
		List<String> leads = lead == null ? List.of() : lead.stream().map(String::strip).toList();
		Map<Long, String> typed = new LinkedHashMap<>();
		for (int i = 0; i < sections.size(); i++) {
			Long id = number(sections.get(i));
			if (id != null) {
				typed.put(id, i < leads.size() ? leads.get(i) : "");
			}
		}
		FormProblems problems = new FormProblems();
		Map<Long, Long> chosen = leads(typed, problems);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return page(storedPins(), storedBlocks(), typed, null, problems, request, model);
		}
		front.chooseSectionLeads(chosen);
		return "redirect:" + PATH + "?done=leads";
	}

	private Map<Long, Long> leads(Map<Long, String> typed, FormProblems problems) {
		Set<Long> known = catalog.sections().stream().map(SectionRef::id).collect(Collectors.toSet());
		Map<Long, Long> leads = new LinkedHashMap<>();
		typed.forEach((section, value) -> {
			if (value.isEmpty()) {
				return;
			}
			Long article = number(value);
			if (!known.contains(section)) {
				problems.add("lead", "front.problem.section");
				return;
			}
			List<ArticleTeaser> found = article == null ? List.of() : catalog.teasers(List.of(article));
			if (found.isEmpty() || found.get(0).section() == null || found.get(0).section().id() != section) {
				problems.add("lead", "front.problem.lead");
				return;
			}
			leads.put(section, article);
		});
		return leads;
	}

	private Map<Long, String> chosenLeads() {
		Map<Long, String> chosen = new LinkedHashMap<>();
		front.sectionLeads().forEach((section, article) -> chosen.put(section, String.valueOf(article)));
		return chosen;
	}

	private List<String> storedPins() {
		return front.pinned().stream().map(String::valueOf).toList();
	}

	private List<FrontDeskView.BlockRow> storedBlocks() {
		return front.blocks()
			.stream()
			.map(b -> new FrontDeskView.BlockRow(String.valueOf(b.section().id()), String.valueOf(b.size())))
			.toList();
	}

	private List<Long> pins(List<String> typed, FormProblems problems) {
		List<Long> ids = new ArrayList<>();
		for (String value : typed) {
			if (value.isEmpty()) {
				continue;
			}
			Long id = number(value);
			if (id == null) {
				problems.add("pin", "front.problem.pin");
				return List.of();
			}
			ids.add(id);
		}
		if (new HashSet<>(ids).size() < ids.size()) {
			problems.add("pin", "front.problem.pinned-twice");
		}
		else if (ids.size() > FrontPage.PINNED) {
			problems.add("pin", "front.problem.too-many-pins");
		}
		else if (catalog.teasers(ids).size() < ids.size()) {
			problems.add("pin", "front.problem.pin");
		}
		return ids;
	}

	private List<BlockChoice> blocks(List<FrontDeskView.BlockRow> typed, FormProblems problems) {
		Set<Long> known = catalog.sections().stream().map(SectionRef::id).collect(Collectors.toSet());
		Set<Long> chosen = new LinkedHashSet<>();
		List<BlockChoice> blocks = new ArrayList<>();
		for (FrontDeskView.BlockRow row : typed) {
			if (row.section().isEmpty()) {
				continue;
			}
			Long id = number(row.section());
			Long size = number(row.size());
			if (id == null || !known.contains(id)) {
				problems.add("section", "front.problem.section");
			}
			else if (!chosen.add(id)) {
				problems.add("section", "front.problem.section-twice");
			}
			else if (size == null || size < 1 || size > FrontPage.MAX_BLOCK_SIZE) {
				problems.add("size", "front.problem.size");
			}
			else {
				blocks.add(new BlockChoice(id, size.intValue()));
			}
		}
		if (blocks.size() > FrontPage.MAX_BLOCKS) {
			problems.add("section", "front.problem.too-many-blocks");
		}
		return blocks;
	}

	private String page(List<String> pins, List<FrontDeskView.BlockRow> blocks, Map<Long, String> leads,
			@Nullable String notice, FormProblems problems, HttpServletRequest request, Model model) {
		// The stories offered: the newest, and those pinned now even if older.
		List<ArticleTeaser> offered = new ArrayList<>(catalog.latest(null, null, 1, OFFERED).items());
		Set<Long> listed = offered.stream().map(ArticleTeaser::id).collect(Collectors.toSet());
		List<Long> pinnedIds = pins.stream()
			.map(FrontDesk::number)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, ArticleTeaser> pinned = catalog.teasers(pinnedIds)
			.stream()
			.collect(Collectors.toMap(ArticleTeaser::id, Function.identity()));
		pinnedIds.stream()
			.filter(id -> !listed.contains(id) && pinned.containsKey(id))
			.forEach(id -> offered.add(pinned.get(id)));
		List<FrontDeskView.Story> stories = offered.stream()
			.map(t -> new FrontDeskView.Story(String.valueOf(t.id()), t.headline(), dates.day(t.publishedAt())))
			.toList();
		List<FrontDeskView.Choice> sections = catalog.sections()
			.stream()
			.map(s -> new FrontDeskView.Choice(String.valueOf(s.id()), s.name()))
			.toList();
		List<String> pinRows = new ArrayList<>(pins);
		while (pinRows.size() < FrontPage.PINNED) {
			pinRows.add("");
		}
		List<FrontDeskView.BlockRow> blockRows = new ArrayList<>(blocks);
		while (blockRows.size() < FrontPage.MAX_BLOCKS) {
			blockRows.add(new FrontDeskView.BlockRow("", "4"));
		}
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("front.title"), null, null)));
		model.addAttribute("view", new FrontDeskView(pinRows, blockRows, stories, sections, leadRows(leads), notice,
				problems.shown(labels::get)));
		return "article/front-desk";
	}

	/**
	 * One row per section: the stories that may lead its page (its newest, and the one
	 * chosen even if older) and the one chosen or typed.
	 */
	private List<FrontDeskView.LeadRow> leadRows(Map<Long, String> leads) {
		List<FrontDeskView.LeadRow> rows = new ArrayList<>();
		for (SectionRef section : catalog.sections()) {
			String chosen = leads.getOrDefault(section.id(), "");
			List<ArticleTeaser> offered = new ArrayList<>(
					catalog.latest(section.slug(), null, 1, LEAD_OFFERED).items());
			Long id = number(chosen);
			if (id != null && offered.stream().noneMatch(t -> t.id() == id)) {
				catalog.teasers(List.of(id)).forEach(offered::add);
			}
			rows.add(new FrontDeskView.LeadRow(String.valueOf(section.id()), section.name(), chosen, offered.stream()
				.map(t -> new FrontDeskView.Story(String.valueOf(t.id()), t.headline(), dates.day(t.publishedAt())))
				.toList()));
		}
		return rows;
	}

	private static @Nullable Long number(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
