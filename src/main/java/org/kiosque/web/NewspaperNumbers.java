package org.kiosque.web;

import java.text.NumberFormat;

import org.springframework.stereotype.Component;

/** Counts the way the site's language writes them: {@code 1 204} in French, {@code 1,204} in English. */
@Component
public class NewspaperNumbers {

	private final SiteSettings site;

	public NewspaperNumbers(SiteSettings site) {
		this.site = site;
	}

	public String count(long n) {
		// NumberFormat is not thread-safe; creating one is cheap next to rendering a page.
		return NumberFormat.getIntegerInstance(site.locale()).format(n);
	}
}
