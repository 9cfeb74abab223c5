package org.kiosque.article;

public record TagRef(String slug, String name) {

	public String path() {
		return "/tag/" + slug;
	}
}
