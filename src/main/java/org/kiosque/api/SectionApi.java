package org.kiosque.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.SectionEntry;
import org.kiosque.article.SectionTagRefused;
import org.kiosque.article.Sections;
import org.kiosque.article.Tags;
import org.kiosque.site.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/admin/sections} (list; add one, editors and admins) and
 * {@code /api/admin/tags} (list, searched): through the article feature's
 * {@link Sections} and {@link Tags}, with their rules and refusals (422, 409 for an
 * address another section has or had).
 */
@RestController
class SectionApi {

	private final Sections sections;

	private final Tags tags;

	private final SiteSettings site;

	SectionApi(Sections sections, Tags tags, SiteSettings site) {
		this.sections = sections;
		this.tags = tags;
		this.site = site;
	}

	/** A section; {@code hidden} ones are kept out of the navigation. */
	record ApiSection(long id, String slug, String name, @Nullable String description, boolean hidden, String url) {
	}

	/** A tag and how many articles carry it. */
	record ApiTag(long id, String slug, String name, @Nullable String description, long articles) {
	}

	/** One page of tags. */
	record TagPage(List<ApiTag> items, int page, boolean hasNext) {
	}

	@GetMapping(path = "/api/admin/sections", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<ApiSection>> sections() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(sections.all().stream().map(this::shape).toList());
	}

	/**
	 * A new section, last in the navigation: {@code name}, optional {@code description}.
	 */
	@PostMapping(path = "/api/admin/sections", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ApiSection> create(@RequestBody JsonNode body) {
		JsonNode name = body.get("name");
		JsonNode description = body.get("description");
		if (name == null || !name.isString()) {
			throw AdminProblems.invalid(Map.of("name", "api.admin.problem.field.text"));
		}
		try {
			SectionEntry made = sections.create(name.stringValue(),
					description == null || description.isNull() ? null : description.asString());
			return ResponseEntity.created(URI.create(site.absolute(made.path())))
				.cacheControl(CacheControl.noStore())
				.body(shape(made));
		}
		catch (SectionTagRefused refused) {
			throw new AdminProblem(refused.conflict() ? 409 : 422, "api.admin.problem.invalid")
				.withErrors(refused.problems().keys());
		}
	}

	/** Tags by name, {@code q} to search them, a page at a time ({@code page} from 1). */
	@GetMapping(path = "/api/admin/tags", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TagPage> tags(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String page) {
		int number = page == null || !page.strip().matches("[0-9]{1,6}") ? 1
				: Math.max(1, Integer.parseInt(page.strip()));
		Tags.Found found = tags.find(q == null ? "" : q.strip(), number);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new TagPage(found.tags()
				.stream()
				.map(t -> new ApiTag(t.id(), t.slug(), t.name(), t.description(), t.articles()))
				.toList(), found.page(), found.hasNext()));
	}

	private ApiSection shape(SectionEntry s) {
		return new ApiSection(s.id(), s.slug(), s.name(), s.description(), s.hidden(), site.absolute(s.path()));
	}

}
