package org.kiosque.account;

/**
 * The principal of a request authenticated by an API token ({@code Authorization: Bearer
 * …}): the token's own account with the token's role, for the desk and every service that
 * asks {@link CurrentReader}; and the token, for what is kept per token (idempotency
 * keys, rate limit).
 */
public record ApiCaller(long tokenId, ReaderIdentity identity) implements ReaderPrincipal {
}
