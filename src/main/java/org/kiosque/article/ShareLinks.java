package org.kiosque.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Plain links that share an article, followed without any script of ours or anyone's:
 * each service's public share address with the article's absolute URL (and headline)
 * percent-encoded as UTF-8 (RFC 3986; a space is {@code %20}, never {@code +}, which
 * {@code mailto:} links, RFC 6068, would keep as a plus).
 *
 * @param url the article's absolute address, for "copier le lien"
 */
public record ShareLinks(String url, String mail, String whatsApp, String x, String facebook, String linkedIn) {

	static ShareLinks of(String url, String headline) {
		String u = encode(url);
		String h = encode(headline);
		return new ShareLinks(url, "mailto:?subject=" + h + "&body=" + u, "https://wa.me/?text=" + h + "%20" + u,
				"https://x.com/intent/post?text=" + h + "&url=" + u,
				"https://www.facebook.com/sharer/sharer.php?u=" + u,
				"https://www.linkedin.com/sharing/share-offsite/?url=" + u);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
