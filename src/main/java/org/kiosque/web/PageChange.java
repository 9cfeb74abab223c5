package org.kiosque.web;

/**
 * An event that changes what public pages show (an article edited, a comment approved):
 * on it, after its transaction commits, {@link RenderedPages} drops its copies
 * ({@link StaleCopies}). Features mark their events with it rather than web knowing each
 * feature.
 */
public interface PageChange {

}
