/**
 * Agency dispatches into articles: the text pages of the seed's form, read by
 * {@link org.kiosque.ingest.DispatchImport} (and {@code java -jar kiosque.jar import}),
 * and the demo content of a first start.
 * <p>
 * Words: a <em>dispatch</em> is one agency story as received; the <em>agency</em> is its
 * source ({@code [AA]}, {@code (AFP)}); <em>chrome</em> is the page furniture around the
 * story on the page it was taken from (login link, comment and newsletter boxes) and
 * never reaches the article. The <em>dispatch key</em> (headline and day) recognises a
 * dispatch imported before.
 */
@NullMarked
package org.kiosque.ingest;

import org.jspecify.annotations.NullMarked;
