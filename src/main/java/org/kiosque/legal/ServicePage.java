package org.kiosque.legal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four legal and service pages and their public addresses, in French as the site is
 * ({@code /mentions-legales}, {@code /conditions-utilisation}, {@code /confidentialite},
 * {@code /contact}). The footer, the registration form, the newsletter box and the
 * comment form link to them through {@link #path()}, never by a path of their own.
 */
public enum ServicePage {

	/**
	 * Mentions légales: who publishes the site, who directs the publication, who hosts it
	 * (loi n° 2004-575 du 21 juin 2004, LCEN, art. 6 III).
	 */
	LEGAL_NOTICE("mentions-legales"),

	/**
	 * Conditions d'utilisation: the rules of the site, comments and accounts included.
	 */
	TERMS("conditions-utilisation"),

	/** Politique de confidentialité: what personal data is kept, why, how long (RGPD). */
	PRIVACY("confidentialite"),

	/** How to reach the newsroom. */
	CONTACT("contact");

	/**
	 * The public addresses as one request mapping pattern; {@code ServicePagesTests}
	 * checks that it names every page and nothing else.
	 */
	static final String MAPPING = "/{page:mentions-legales|conditions-utilisation|confidentialite|contact}";

	private final String slug;

	ServicePage(String slug) {
		this.slug = slug;
	}

	/** The page's name in addresses and in the database: {@code mentions-legales}... */
	public String slug() {
		return slug;
	}

	/** Its public address. */
	public String path() {
		return "/" + slug;
	}

	/** The message key of its title. */
	public String titleKey() {
		return "legal." + slug + ".title";
	}

	/** The page of that slug, if it is one. */
	public static Optional<ServicePage> of(String slug) {
		return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
	}

}
