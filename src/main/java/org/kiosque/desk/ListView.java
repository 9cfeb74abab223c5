package org.kiosque.desk;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the list of articles ({@code desk/list.jte}) prints.
 *
 * @param rows the page's articles, last changed first
 * @param statuses the status menu of the filters
 * @param sections the section menu
 * @param authors the author menu; empty for a contributor, who sees only their own
 * @param from the {@code from} date as typed ({@code 2026-01-24})
 * @param to the {@code to} date as typed
 * @param q the headline search as typed
 * @param problem a filter that could not be read, or {@code null}
 * @param previous the address of the page before, or {@code null}
 * @param next the address of the page after, or {@code null}
 * @param page this page's number, from 1
 */
public record ListView(List<Row> rows, List<EditorView.Option> statuses, List<EditorView.Option> sections,
		List<EditorView.Option> authors, String from, String to, String q, @Nullable String problem,
		@Nullable String previous, @Nullable String next, int page) {

	/**
	 * One article.
	 *
	 * @param path its editor
	 * @param status its status's name ({@code DRAFT}...), for styles and tests
	 * @param statusLabel its status, in words
	 * @param section its section's name, or a dash
	 * @param author who created it, or a dash
	 * @param changed when it was last changed, in words
	 * @param changedIso the same, machine-readable
	 * @param changedBy who changed it last, or a dash
	 * @param embargo its embargo in words while it is in force (marked "Sous embargo"),
	 * else {@code null}
	 */
	public record Row(long id, String path, String headline, String status, String statusLabel, String section,
			String author, String changed, String changedIso, String changedBy, @Nullable String embargo) {
	}

}
