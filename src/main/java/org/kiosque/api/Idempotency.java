package org.kiosque.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.kiosque.account.ApiCaller;
import org.kiosque.web.ProblemDocuments;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the publishing API's {@code POST}s (after the IETF draft
 * "The Idempotency-Key HTTP Header Field"): the first answer to a key is kept per token
 * for {@code kiosque.api.idempotency-window} (24 hours), and a retry with the same key
 * and the same request (method, path, body) gets it again, with
 * {@code Idempotent-Replayed: true}, instead of a second article or picture. The same key
 * with another request is refused (422); a retry while the first is still being answered
 * gets 409. Answers of 5xx and 429 are not kept: a retry runs again.
 */
final class Idempotency extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final IdempotencyKeys keys;

	private final ApiLimits limits;

	private final ProblemDocuments problems;

	private final Clock clock;

	Idempotency(IdempotencyKeys keys, ApiLimits limits, ProblemDocuments problems, Clock clock) {
		this.keys = keys;
		this.limits = limits;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/admin/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Long> token = token();
		if (token.isEmpty()) {
			// Refused by the access rules already; nothing to keep.
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
			problems.send(response, problems.of(request, 400, "api.admin.problem.idempotency-key"));
			return;
		}
		HttpServletRequest read;
		MessageDigest digest = DigestUtils.getSha256Digest();
		digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
		String type = request.getContentType();
		try {
			if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
				for (Part part : request.getParts()) {
					digest.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n")
						.getBytes(StandardCharsets.UTF_8));
					try (InputStream in = part.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
				read = request;
			}
			else {
				byte[] body = request.getInputStream().readAllBytes();
				digest.update(body);
				read = new Cached(request, body);
			}
		}
		catch (BodyLimit.TooLarge tooLarge) {
			problems.send(response,
					problems.of(request, 413, "api.admin.problem.too-large", BodyLimit.kilobytes(tooLarge)));
			return;
		}
		String fingerprint = Hex.encodeHexString(digest.digest());
		Instant now = clock.instant();
		Optional<IdempotencyKeys.Kept> kept = keys.find(token.get(), key);
		if (kept.isPresent() && kept.get().createdAt().isBefore(now.minus(limits.idempotencyWindow()))) {
			keys.forget(token.get(), key);
			kept = Optional.empty();
		}
		if (kept.isPresent()) {
			replay(kept.get(), fingerprint, request, response);
			return;
		}
		if (!keys.claim(token.get(), key, fingerprint, now)) {
			problems.send(response, problems.of(request, 409, "api.admin.problem.idempotency-pending"));
			return;
		}
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean done = false;
		try {
			chain.doFilter(read, answer);
			int status = answer.getStatus();
			if (status < 500 && status != 429) {
				keys.answered(token.get(), key, status, answer.getContentType(), answer.getHeader("Location"),
						answer.getHeader("ETag"), new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
				done = true;
			}
		}
		finally {
			if (!done) {
				keys.forget(token.get(), key);
			}
			answer.copyBodyToResponse();
		}
	}

	private void replay(IdempotencyKeys.Kept kept, String fingerprint, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!kept.fingerprint().equals(fingerprint)) {
			problems.send(response, problems.of(request, 422, "api.admin.problem.idempotency-reused"));
			return;
		}
		if (kept.status() == null) {
			problems.send(response, problems.of(request, 409, "api.admin.problem.idempotency-pending"));
			return;
		}
		response.setStatus(kept.status());
		response.setHeader("Idempotent-Replayed", "true");
		response.setHeader("Cache-Control", "no-store");
		if (kept.contentType() != null) {
			response.setContentType(kept.contentType());
		}
		if (kept.location() != null) {
			response.setHeader("Location", kept.location());
		}
		if (kept.etag() != null) {
			response.setHeader("ETag", kept.etag());
		}
		byte[] body = kept.body() == null ? new byte[0] : kept.body().getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static Optional<Long> token() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof ApiCaller caller ? Optional.of(caller.tokenId())
				: Optional.empty();
	}

	/** The request with its body, already read for the fingerprint, to read again. */
	private static final class Cached extends HttpServletRequestWrapper {

		private final byte[] body;

		Cached(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
