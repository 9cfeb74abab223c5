package org.kiosque.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which addresses a hook may call. Only {@code http} and {@code https} URLs with a host
 * and without credentials; and, unless {@code kiosque.webhooks.allow-private-addresses}
 * is set, only hosts all of whose addresses are public: not loopback, private (RFC 1918,
 * IPv6 unique local RFC 4193), link-local (cloud metadata services live there), shared
 * (RFC 6598), unspecified, multicast, or reserved. The check is made when a hook is
 * registered and again before each attempt, after resolving the name, so that a name
 * later pointed at the server's own network is refused too (see docs/webhooks.md for what
 * remains: a name that changes between the check and the connection).
 */
@Component
class Destinations {

	private final boolean allowPrivate;

	Destinations(WebhookSettings settings) {
		this.allowPrivate = settings.allowPrivateAddresses();
	}

	/**
	 * Why {@code url} cannot be registered, as a message key; empty when it can. A name
	 * that does not resolve now is accepted: it is checked again at each delivery.
	 */
	Optional<String> refusal(String url) {
		URI uri = parsed(url);
		if (uri == null) {
			return Optional.of("webhooks.problem.url");
		}
		return refusalOfHost(uri, false);
	}

	/**
	 * Why a delivery to {@code uri} must not be attempted, as a short English sentence
	 * for the attempt's record; empty when it may. Resolves the host.
	 */
	Optional<String> refusalBeforeSending(URI uri) {
		return refusalOfHost(uri, true).map(key -> switch (key) {
			case "webhooks.problem.unknown-host" -> "Host not found: " + uri.getHost();
			case "webhooks.problem.private" -> "Refused: " + uri.getHost()
					+ " is a private or local address (kiosque.webhooks.allow-private-addresses)";
			default -> "Refused address: " + uri;
		});
	}

	/** The URL as a {@link URI} when it is an acceptable http(s) address, else null. */
	static @Nullable URI parsed(String url) {
		if (url.length() > 2000 || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
				return null;
			}
			return uri;
		}
		catch (URISyntaxException e) {
			return null;
		}
	}

	private Optional<String> refusalOfHost(URI uri, boolean mustResolve) {
		if (allowPrivate) {
			return Optional.empty();
		}
		String host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		String lower = host.toLowerCase(Locale.ROOT);
		if (lower.equals("localhost") || lower.endsWith(".localhost") || lower.endsWith(".local")
				|| lower.endsWith(".internal")) {
			return Optional.of("webhooks.problem.private");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException | SecurityException e) {
			return mustResolve ? Optional.of("webhooks.problem.unknown-host") : Optional.empty();
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional.of("webhooks.problem.private");
			}
		}
		return Optional.empty();
	}

	/** Whether {@code address} is one of the public internet's. */
	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			return isPublicV4(b);
		}
		if (address instanceof Inet6Address) {
			if ((b[0] & 0xfe) == 0xfc) {
				return false; // fc00::/7, unique local (RFC 4193)
			}
			if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
				return false; // fec0::/10, the old site-local
			}
			boolean embedsV4 = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
			boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
					&& (b[3] & 0xff) == 0x9b && isZero(b, 4, 12);
			boolean compatible = isZero(b, 0, 12);
			if (embedsV4 || nat64 || compatible) {
				return isPublicV4(new byte[] { b[12], b[13], b[14], b[15] });
			}
			return true;
		}
		return false;
	}

	private static boolean isPublicV4(byte[] b) {
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		// This network, private (RFC 1918), loopback, multicast and reserved.
		boolean special = first == 0 || first == 10 || first == 127 || first >= 224;
		// Shared address space (RFC 6598), link-local (metadata services), private.
		special |= (first == 100 && second >= 64 && second <= 127) || (first == 169 && second == 254)
				|| (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168);
		// IETF protocol assignments (RFC 6890) and benchmarking (RFC 2544).
		special |= (first == 192 && second == 0 && (b[2] & 0xff) == 0)
				|| (first == 198 && (second == 18 || second == 19));
		return !special;
	}

	private static boolean isZero(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
