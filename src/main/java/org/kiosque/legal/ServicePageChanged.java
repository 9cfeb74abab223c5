package org.kiosque.legal;

import org.kiosque.web.PageChange;

/**
 * An admin saved a legal or service page: copies of it go.
 *
 * @param page the page saved
 */
public record ServicePageChanged(ServicePage page) implements PageChange {
}
