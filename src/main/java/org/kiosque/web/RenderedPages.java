package org.kiosque.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * The node's own copies of public pages, served to readers who are not signed in without
 * making the page again: the article page is the hot path, and most of its cost is the
 * filter chain (session, security, observation) and the page itself, the same for every
 * stranger. Sits first in the filter chain so that a copy costs none of that.
 * <p>
 * A page is kept only when {@link PublicPageCaching} found it fit for any shared cache
 * ({@code Cache-Control: public}): a 200 made for a stranger that set no session or
 * remember-me cookie. Only requests that could have been given that page are served a
 * copy: GET, no personal cookie (as {@link PublicPages} decides), no
 * {@code Authorization}, the same scheme. Cookies are never copied. What must happen on
 * every view is the page's {@link PageView}, run again for each copy: counting the read,
 * naming a new reader, and the live element (the read count) written afresh, so a copy
 * never shows an old count.
 * <p>
 * Copies live {@code kiosque.cache.rendered.ttl} (1 s). A change announced on this node
 * ({@link PageChange} events: an article edited or published, a comment approved or
 * withdrawn, see {@link StaleCopies}) or any POST, PUT, PATCH or DELETE that succeeds
 * drops them all once it is committed, and a page being made across that change is not
 * kept; other nodes' changes show when the copy expires.
 */
public final class RenderedPages implements Filter {

	private static final String VIEW = RenderedPages.class.getName() + ".view";

	private static final byte[] NOTHING = {};

	private static final Set<String> NOT_COPIED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"connection", "keep-alive", "content-type", "content-language");

	private final RenderedPageSettings settings;

	private final PublicPages pages;

	private final String shareable;

	private final long ttlNanos;

	private final long maxPageSize;

	private final Cache<String, Copy> copies;

	/** Moves on every change: a page made across a change is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final Counter served;

	private final Counter made;

	RenderedPages(RenderedPageSettings settings, PageCacheSettings caching, PublicPages pages, MeterRegistry meters) {
		this.settings = settings;
		this.pages = pages;
		this.shareable = caching.publicCacheControl();
		this.ttlNanos = settings.ttl().toNanos();
		this.maxPageSize = settings.maxPageSize().toBytes();
		this.copies = Caffeine.newBuilder()
			.maximumWeight(settings.maxSize().toBytes())
			.weigher((String key, Copy copy) -> copy.weight())
			.expireAfterWrite(settings.ttl().plus(settings.stale()))
			.build();
		this.served = Counter.builder("kiosque.pages.copies")
			.tag("result", "hit")
			.description("Public pages served from the node's copy")
			.register(meters);
		this.made = Counter.builder("kiosque.pages.copies")
			.tag("result", "miss")
			.description("Public pages made for a stranger (and kept when fit)")
			.register(meters);
	}

	/**
	 * Runs what must happen on every view of this page, now and for each copy of it
	 * served later. The view must not hold on to this request or response.
	 */
	public static void everyView(HttpServletRequest request, HttpServletResponse response, PageView view) {
		view.seen(request, response);
		request.setAttribute(VIEW, view);
	}

	/** Drops every copy: something that shows on public pages changed. */
	public void forget() {
		generation.incrementAndGet();
		copies.invalidateAll();
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String method = request.getMethod();
		if (!"GET".equals(method)) {
			chain.doFilter(request, response);
			if (!"HEAD".equals(method) && !"OPTIONS".equals(method) && response.getStatus() < 400) {
				forget();
			}
			return;
		}
		if (!settings.enabled() || personal(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		Copy copy = copies.getIfPresent(key);
		if (copy != null && (copy.fresh(ttlNanos) || !copy.claimRemaking())) {
			serve(copy, request, response);
			return;
		}
		if (copy == null && !pages.isPublic(request)) {
			chain.doFilter(request, response);
			return;
		}
		make(key, request, response, chain);
	}

	private void serve(Copy copy, HttpServletRequest request, HttpServletResponse response) throws IOException {
		served.increment();
		response.setStatus(HttpServletResponse.SC_OK);
		for (String[] header : copy.headers) {
			response.addHeader(header[0], header[1]);
		}
		response.setLocale(copy.locale);
		response.setContentType(copy.contentType);
		byte[] live = NOTHING;
		if (copy.view != null) {
			if (copy.page.tail().length > 0) {
				live = HtmlUtils.htmlEscape(copy.view.liveText(), "UTF-8").getBytes(StandardCharsets.UTF_8);
			}
			copy.view.seen(request, response);
		}
		if (acceptsGzip(request)) {
			// Said here, since Tomcat leaves alone (and does not mark) an answer already
			// encoded.
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			response.setContentLength(copy.page.gzipLength(live));
			copy.page.writeGzip(live, response.getOutputStream());
		}
		else {
			response.setContentLength(copy.page.length(live));
			copy.page.write(live, response.getOutputStream());
		}
	}

	/** True when the request's Accept-Encoding takes gzip (listed, and not with q=0). */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.split(",")) {
			String[] parts = coding.split(";");
			if ("gzip".equalsIgnoreCase(parts[0].strip())) {
				for (int i = 1; i < parts.length; i++) {
					String q = parts[i].strip().toLowerCase(Locale.ROOT);
					if (q.startsWith("q=") && q.substring(2).strip().matches("0(\\.0*)?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private void make(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		made.increment();
		long before = generation.get();
		ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, page);
			Copy copy = keepable(page) ? copyOf(request, page) : null;
			if (copy == null) {
				copies.invalidate(key);
			}
			else if (generation.get() == before) {
				copies.put(key, copy);
			}
		}
		finally {
			page.copyBodyToResponse();
		}
	}

	private boolean keepable(ContentCachingResponseWrapper page) {
		return page.getStatus() == HttpServletResponse.SC_OK
				&& shareable.equals(page.getHeader(HttpHeaders.CACHE_CONTROL)) && page.getContentType() != null
				&& page.getContentSize() <= maxPageSize;
	}

	private static @Nullable Copy copyOf(HttpServletRequest request, ContentCachingResponseWrapper page) {
		List<String[]> headers = new ArrayList<>();
		for (String name : page.getHeaderNames()) {
			if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : page.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		PageView view = (PageView) request.getAttribute(VIEW);
		byte[] body = page.getContentAsByteArray();
		LiveSpot spot = LiveSpot.whole(body);
		if (view != null && view.liveTag() != null) {
			spot = LiveSpot.cut(body, view.liveTag());
			if (spot == null) {
				return null; // a copy that cannot be kept live is not kept
			}
		}
		return new Copy(spot, page.getContentType(), page.getLocale(), headers, view);
	}

	private boolean personal(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null || pages.carriesPersonalCookie(request);
	}

	/**
	 * The scheme is part of the key: a page over HTTPS carries headers (HSTS) that one
	 * over HTTP does not.
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String page = query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query;
		return request.isSecure() ? "s:" + page : page;
	}

	/**
	 * One kept page. Only one request remakes an expired copy; the others serve it
	 * meanwhile.
	 */
	private static final class Copy {

		final LiveSpot page;

		final String contentType;

		final Locale locale;

		final List<String[]> headers;

		final @Nullable PageView view;

		final long madeAt = System.nanoTime();

		final AtomicBoolean remaking = new AtomicBoolean();

		Copy(LiveSpot page, String contentType, Locale locale, List<String[]> headers, @Nullable PageView view) {
			this.page = page;
			this.contentType = contentType;
			this.locale = locale;
			this.headers = List.copyOf(headers);
			this.view = view;
		}

		/** Bytes held, roughly: the two halves, plain and gzipped. */
		int weight() {
			return page.head().length + page.tail().length + page.deflatedHead().length + page.deflatedTail().length;
		}

		boolean fresh(long ttlNanos) {
			return System.nanoTime() - madeAt < ttlNanos;
		}

		boolean claimRemaking() {
			return remaking.compareAndSet(false, true);
		}

	}

}
