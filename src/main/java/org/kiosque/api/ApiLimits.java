package org.kiosque.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The publishing API's limits: {@code kiosque.api.*} (the rate per token is
 * {@code kiosque.api.tokens.requests-per-minute}).
 *
 * @param maxBodySize the largest JSON body; past it, 413 (uploads to
 * {@code /api/admin/media} take the media library's
 * {@code kiosque.media.max-upload-size})
 * @param idempotencyWindow how long an {@code Idempotency-Key} keeps its first answer
 */
@ConfigurationProperties("kiosque.api")
record ApiLimits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("24h") Duration idempotencyWindow) {
}
