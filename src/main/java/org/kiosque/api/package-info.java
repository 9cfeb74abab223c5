/**
 * The publishing API ({@code /api/admin/**}): everything the desk does, for scripts and
 * other tools, authenticated by tokens ({@code account/ApiTokens}). A second door to the
 * same services, never a second implementation: articles change through the desk's
 * {@code Desk} (its policy, workflow, merge and revisions), pictures through the media
 * library's {@code Pictures} (its checks and refusals), sections and tags through the
 * article feature's {@code Sections} and {@code Tags}.
 * <p>
 * Words: <em>token</em> (a bearer secret acting with a role), <em>ETag</em> (an article's
 * revision number), <em>precondition</em> ({@code If-Match}: the revision a change was
 * made from), <em>idempotency key</em> (a client's name for one POST, so that a retry
 * gets the first answer), <em>problem</em> (an RFC 9457 error document). The contract is
 * {@code docs/api.md} and {@code api/admin-openapi.json}.
 */
@NullMarked
package org.kiosque.api;

import org.jspecify.annotations.NullMarked;
