package org.kiosque.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.media.PictureRefused;
import org.kiosque.site.Labels;
import org.kiosque.web.ProblemDocuments;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The publishing API's body limits, before anything reads a body or checks a token (a
 * refusal costs nothing): a JSON body past {@code kiosque.api.max-body-size} is answered
 * 413 from its declared length, or, sent without one, as soon as its reading passes the
 * limit; an upload to {@code /api/admin/media} past the library's size (with room for the
 * form's other fields) 413 with the library's sentence.
 */
final class BodyLimit extends OncePerRequestFilter {

	/** Room for the multipart boundaries and the caption and credit fields. */
	private static final long FORM_ROOM = 64 * 1024;

	private final ApiLimits limits;

	private final long uploadLimit;

	private final Labels labels;

	private final ProblemDocuments problems;

	BodyLimit(ApiLimits limits, long uploadLimit, Labels labels, ProblemDocuments problems) {
		this.limits = limits;
		this.uploadLimit = uploadLimit;
		this.labels = labels;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (request.getRequestURI().equals(request.getContextPath() + MediaApi.PATH)) {
			if (declared > uploadLimit + FORM_ROOM) {
				// The library's sentence for a file too large, with this site's limit.
				String sentence = labels.get(PictureRefused.Reason.TOO_LARGE.label(), uploadLimit / (1024 * 1024));
				response.setHeader("Connection", "close");
				problems.send(response, problems.of(request, 413, "api.admin.problem.told", sentence));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		long limit = limits.maxBodySize().toBytes();
		if (declared > limit) {
			response.setHeader("Connection", "close");
			ProblemDetail tooLarge = problems.of(request, 413, "api.admin.problem.too-large", limit / 1024);
			problems.send(response, tooLarge);
			return;
		}
		chain.doFilter(declared < 0 ? new Counted(request, limit) : request, response);
	}

	/** The limit in kilobytes, for the sentence of a body refused while read. */
	static long kilobytes(Throwable tooLarge) {
		return tooLarge instanceof TooLarge t ? t.limit / 1024 : 0;
	}

	/** A body sent without a length read past the limit. */
	static final class TooLarge extends IOException {

		private final long limit;

		TooLarge(long limit) {
			super("body past " + limit + " bytes");
			this.limit = limit;
		}

	}

	/** A request whose body stops, with {@link TooLarge}, one byte past the limit. */
	private static final class Counted extends HttpServletRequestWrapper {

		private final long limit;

		Counted(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++read > limit) {
						throw new TooLarge(limit);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (read += n) > limit) {
						throw new TooLarge(limit);
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
