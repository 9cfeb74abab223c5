package org.kiosque.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The site stylesheet's address, with the MD5 of its content in the file name
 * ({@code /static/css/site-0f3c….css}, Spring's content version strategy, see
 * {@link SiteWeb}): a changed stylesheet is a new address, so browsers and proxies may
 * keep each one for a year.
 */
@Component
class Stylesheet {

	static final String PATH = "/static/css/site.css";

	private final ObjectProvider<ResourceUrlProvider> addresses;

	private volatile @Nullable String versioned;

	Stylesheet(ObjectProvider<ResourceUrlProvider> addresses) {
		this.addresses = addresses;
	}

	/** The versioned address; the plain one until the resource handlers are known. */
	String address() {
		String known = versioned;
		if (known != null) {
			return known;
		}
		ResourceUrlProvider provider = addresses.getIfAvailable();
		String found = provider == null ? null : provider.getForLookupPath(PATH);
		if (found == null || found.equals(PATH)) {
			return PATH;
		}
		versioned = found;
		return found;
	}

}
