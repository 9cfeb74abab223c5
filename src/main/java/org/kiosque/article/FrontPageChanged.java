package org.kiosque.article;

import org.kiosque.web.PageChange;

/**
 * The editors changed the front page (its pinned stories or its blocks): page copies are
 * dropped at once on this node ({@link PageChange}), within about a second on the others
 * (the change log, {@link org.kiosque.site.ChangedElsewhere}).
 */
public record FrontPageChanged() implements PageChange {
}
