package org.kiosque.article;

import org.kiosque.web.PageChange;

/**
 * The editors changed the front page (its pinned stories or its blocks): page copies are
 * dropped at once on this node ({@link PageChange}), within
 * {@code kiosque.cache.rendered.ttl} on the others.
 */
public record FrontPageChanged() implements PageChange {
}
