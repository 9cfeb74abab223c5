package org.kiosque.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tokens of the publishing API: {@code kiosque.api.tokens.*}.
 *
 * @param requestsPerMinute requests one token may make per minute (a fixed window,
 * counted in the database: the same count on every node); past it the API answers 429
 * with {@code Retry-After}
 */
@ConfigurationProperties("kiosque.api.tokens")
record ApiTokenSettings(@DefaultValue("300") int requestsPerMinute) {
}
