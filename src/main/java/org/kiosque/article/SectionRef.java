package org.kiosque.article;

public record SectionRef(long id, String slug, String name) {

	public String path() {
		return "/section/" + slug;
	}
}
