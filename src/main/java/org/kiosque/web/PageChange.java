package org.kiosque.web;

import org.kiosque.site.SharedChange;

/**
 * An event that changes what public pages show (an article edited, a comment approved):
 * on it, after its transaction commits, {@link RenderedPages} drops its copies
 * ({@link StaleCopies}). Features mark their events with it rather than web knowing each
 * feature. Every node keeps page copies, so every such event is written to the change log
 * and heard by the other nodes ({@link SharedChange}).
 */
public interface PageChange extends SharedChange {

}
