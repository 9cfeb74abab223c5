package org.kiosque.movein.ghost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kiosque.movein.ExportFile;
import org.kiosque.movein.ghost.GhostExport.Author;
import org.kiosque.movein.ghost.GhostExport.Body;
import org.kiosque.movein.ghost.GhostExport.Member;
import org.kiosque.movein.ghost.GhostExport.Post;
import org.kiosque.movein.ghost.GhostExport.Status;
import org.kiosque.movein.ghost.GhostExport.Tag;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Ghost export: {@code {"db":[{"meta":…,"data":{…}}]}} as Ghost's Labs page
 * writes it (or the bare {@code {"meta":…,"data":{…}}} its importer also takes), from
 * Ghost 0.x to 6. Tables read: {@code posts}, {@code posts_meta}, {@code tags},
 * {@code posts_tags}, {@code users}, {@code posts_authors}, {@code members},
 * {@code members_newsletters}. Dates are ISO-8601 instants (Ghost 1+), MySQL
 * {@code YYYY-MM-DD HH:MM:SS} in UTC, or epoch milliseconds (Ghost 0.x).
 */
public final class GhostExportReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private GhostExportReader() {
	}

	/**
	 * Reads the export file.
	 * @throws ExportFile.Unopened when there is no such file, or it cannot be read
	 * @throws GhostExportRefused when reading it fails, it is no JSON, or it has no
	 * {@code data} with posts
	 */
	public static GhostExport read(Path file) throws GhostExportRefused, ExportFile.Unopened {
		try (InputStream in = ExportFile.open(file)) {
			return read(JSON.readTree(in));
		}
		catch (ExportFile.Unopened unopened) {
			throw unopened;
		}
		catch (IOException e) {
			throw new GhostExportRefused(GhostExportRefused.Reason.UNREADABLE, String.valueOf(e.getMessage()));
		}
		catch (JacksonException e) {
			throw new GhostExportRefused(GhostExportRefused.Reason.NOT_JSON, e.getOriginalMessage());
		}
	}

	/** Reads an export's JSON text. */
	public static GhostExport read(String json) throws GhostExportRefused {
		try {
			return read(JSON.readTree(json));
		}
		catch (JacksonException e) {
			throw new GhostExportRefused(GhostExportRefused.Reason.NOT_JSON, e.getOriginalMessage());
		}
	}

	private static GhostExport read(JsonNode root) throws GhostExportRefused {
		JsonNode db = root.path("db").isArray() ? root.path("db").path(0) : root;
		JsonNode data = db.path("data");
		if (!data.isObject() || !data.path("posts").isArray()) {
			throw new GhostExportRefused(GhostExportRefused.Reason.NOT_GHOST, "db[0].data.posts");
		}
		Map<String, Tag> tags = new LinkedHashMap<>();
		for (JsonNode t : data.path("tags")) {
			String name = text(t, "name");
			String id = id(t);
			if (id == null || name == null) {
				continue;
			}
			boolean internal = "internal".equals(text(t, "visibility")) || name.startsWith("#");
			tags.put(id, new Tag(id, name, orElse(text(t, "slug"), id), text(t, "description"), internal));
		}
		Map<String, Author> authors = new LinkedHashMap<>();
		for (JsonNode u : data.path("users")) {
			String id = id(u);
			if (id == null) {
				continue;
			}
			String name = orElse(text(u, "name"), orElse(text(u, "slug"), id));
			authors.put(id, new Author(id, name, orElse(text(u, "slug"), id), text(u, "email"), text(u, "bio")));
		}
		Map<String, List<Link>> postTags = links(data.path("posts_tags"), "tag_id");
		Map<String, List<Link>> postAuthors = links(data.path("posts_authors"), "author_id");
		Map<String, JsonNode> meta = new HashMap<>();
		for (JsonNode m : data.path("posts_meta")) {
			String post = text(m, "post_id");
			if (post != null) {
				meta.put(post, m);
			}
		}
		List<Post> posts = new ArrayList<>();
		for (JsonNode p : data.path("posts")) {
			String id = id(p);
			if (id == null) {
				continue;
			}
			JsonNode m = meta.getOrDefault(id, p);
			List<Tag> ofPost = postTags.getOrDefault(id, List.of())
				.stream()
				.map(l -> tags.get(l.target()))
				.filter(t -> t != null)
				.toList();
			List<Author> byPost = new ArrayList<>(postAuthors.getOrDefault(id, List.of())
				.stream()
				.map(l -> authors.get(l.target()))
				.filter(a -> a != null)
				.toList());
			// Before Ghost 1.22, a post had one author, in posts.author_id.
			String oldAuthor = text(p, "author_id");
			if (byPost.isEmpty() && oldAuthor != null && authors.containsKey(oldAuthor)) {
				byPost.add(authors.get(oldAuthor));
			}
			boolean page = "page".equals(text(p, "type")) || p.path("page").asBoolean(false);
			String title = orElse(text(p, "title"), "");
			posts.add(new Post(id, title, orElse(text(p, "slug"), id), page, Status.of(text(p, "status")),
					instant(p.path("published_at")), instant(p.path("created_at")), instant(p.path("updated_at")),
					text(p, "custom_excerpt"),
					new Body(text(p, "lexical"), text(p, "mobiledoc"), text(p, "html"), text(p, "markdown")),
					text(p, "feature_image") != null ? text(p, "feature_image") : text(p, "image"),
					text(m, "feature_image_alt"), text(m, "feature_image_caption"), ofPost, byPost,
					orElse(text(p, "visibility"), "public")));
		}
		return new GhostExport(null, posts, List.copyOf(tags.values()), List.copyOf(authors.values()), members(data));
	}

	/**
	 * Members and their consent, as each Ghost version expresses it: Ghost 5 lists the
	 * newsletters a member receives in {@code members_newsletters} (none: they receive
	 * none); Ghost 3 and 4 had a {@code subscribed} flag; the Admin API's JSON lists
	 * {@code newsletters} on the member. {@code email_disabled} (bounces, a spam
	 * complaint) withdraws it. No sign of consent is no consent.
	 */
	private static List<Member> members(JsonNode data) {
		Set<String> receiving = new HashSet<>();
		for (JsonNode row : data.path("members_newsletters")) {
			String member = text(row, "member_id");
			if (member != null) {
				receiving.add(member);
			}
		}
		boolean newsletters = data.path("members_newsletters").isArray();
		List<Member> members = new ArrayList<>();
		for (JsonNode m : data.path("members")) {
			String id = id(m);
			String email = text(m, "email");
			if (id == null || email == null) {
				continue;
			}
			boolean asked;
			if (m.path("newsletters").isArray()) {
				asked = !m.path("newsletters").isEmpty();
			}
			else if (newsletters) {
				asked = receiving.contains(id);
			}
			else {
				asked = m.path("subscribed").asBoolean(false);
			}
			boolean consented = asked && !m.path("email_disabled").asBoolean(false);
			members.add(new Member(id, email.strip(), text(m, "name"), consented, instant(m.path("created_at"))));
		}
		return members;
	}

	private record Link(String target, int order, int position) {
	}

	/** The rows of a join table, by post, ordered by {@code sort_order}. */
	private static Map<String, List<Link>> links(JsonNode rows, String target) {
		Map<String, List<Link>> byPost = new HashMap<>();
		int position = 0;
		for (JsonNode row : rows) {
			String post = text(row, "post_id");
			String other = text(row, target);
			if (post != null && other != null) {
				byPost.computeIfAbsent(post, k -> new ArrayList<>())
					.add(new Link(other, row.path("sort_order").asInt(0), position++));
			}
		}
		byPost.values()
			.forEach(list -> list.sort(Comparator.comparingInt(Link::order).thenComparingInt(Link::position)));
		return byPost;
	}

	private static @Nullable String id(JsonNode node) {
		return text(node, "id");
	}

	/** A field as text; {@code null} when missing, JSON null or blank. */
	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString();
		return text.isBlank() ? null : text;
	}

	private static String orElse(@Nullable String value, String otherwise) {
		return value == null ? otherwise : value;
	}

	static @Nullable Instant instant(JsonNode value) {
		if (value.isNumber()) {
			return Instant.ofEpochMilli(value.asLong());
		}
		if (!value.isString() || value.asString().isBlank()) {
			return null;
		}
		String text = value.asString().strip();
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException e) {
			try {
				return LocalDateTime.parse(text, MYSQL).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

}
