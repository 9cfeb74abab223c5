package org.kiosque.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

import org.kiosque.site.SiteSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The site's icon: the logo cut square when an admin chose one ({@link SiteLogo}), as PNG
 * at {@link #PNG_SIZES} ({@code /icon-32.png}, {@code /icon-180.png},
 * {@code /icon-192.png}, {@code /icon-512.png}), else made from the newspaper's name: its
 * first letter, white on a dark square, as SVG ({@code /icon.svg}, the favicon and the
 * publisher's logo in structured data), and the web app manifest
 * ({@code /manifest.webmanifest}, W3C Web Application Manifest) that names it. Pages link
 * them with {@code ?v=} and a hash of the name, so a new name is a new address and each
 * answer may be kept a year.
 */
@Controller
class SiteIcon {

	static final String ICON = "/icon.svg";

	static final String MANIFEST = "/manifest.webmanifest";

	/**
	 * The PNG icons' sizes, in pixels: the favicon (32), Apple's home-screen icon (180),
	 * the manifest's icons (192 and 512, the sizes browsers ask of an installable app).
	 */
	public static final List<Integer> PNG_SIZES = List.of(32, 180, 192, 512);

	static final String PNG = "/icon-%d.png";

	private static final CacheControl YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final SiteSettings site;

	private final ObjectProvider<SiteLogo> logos;

	SiteIcon(SiteSettings site, ObjectProvider<SiteLogo> logos) {
		this.site = site;
		this.logos = logos;
	}

	/** The logo an admin chose, if any. */
	Optional<SiteLogo.Image> logo() {
		SiteLogo logo = logos.getIfAvailable();
		return logo == null ? Optional.empty() : logo.logo();
	}

	/** The favicon's address: the logo's 32-pixel PNG, else the initial's SVG. */
	String iconAddress() {
		return logo().isPresent() ? address(PNG.formatted(32)) : address(ICON);
	}

	/** The favicon's media type. */
	String iconType() {
		return logo().isPresent() ? "image/png" : "image/svg+xml";
	}

	/** The favicon's {@code sizes}: {@code 32x32}, or {@code any} for the SVG. */
	String iconSizes() {
		return logo().isPresent() ? "32x32" : "any";
	}

	/** The home-screen icon (Apple's is 180 pixels): the logo's PNG, else the SVG. */
	String touchIcon() {
		return logo().isPresent() ? address(PNG.formatted(180)) : address(ICON);
	}

	/**
	 * The logo cut square as PNG at one of {@link #PNG_SIZES}: 404 for another size, or
	 * while there is no logo (pages then name the SVG).
	 */
	@GetMapping("/icon-{size}.png")
	ResponseEntity<byte[]> png(@PathVariable String size) {
		SiteLogo logo = logos.getIfAvailable();
		int pixels = PNG_SIZES.stream().filter(s -> String.valueOf(s).equals(size)).findFirst().orElse(0);
		if (pixels == 0 || logo == null) {
			return ResponseEntity.notFound().build();
		}
		return logo.iconPng(pixels)
			.map(png -> ResponseEntity.ok().cacheControl(YEAR).contentType(MediaType.IMAGE_PNG).body(png))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping(ICON)
	ResponseEntity<String> icon() {
		String svg = """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">\
				<rect width="64" height="64" rx="10" fill="#1a1a1a"/>\
				<text x="32" y="45" font-family="Georgia,'Times New Roman',serif" font-size="42" font-weight="700" \
				text-anchor="middle" fill="#ffffff">%s</text></svg>
				""".formatted(HtmlUtils.htmlEscape(initial(site.name())));
		return ResponseEntity.ok().cacheControl(YEAR).contentType(MediaType.parseMediaType("image/svg+xml")).body(svg);
	}

	/**
	 * Where browsers and crawlers look for an icon without reading the page: sent on to
	 * the SVG icon rather than answered with a whole 404 page.
	 */
	@GetMapping("/favicon.ico")
	ResponseEntity<Void> favicon() {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(iconAddress()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.build();
	}

	@GetMapping(MANIFEST)
	ResponseEntity<String> manifest() {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("name", site.name());
		manifest.put("short_name", site.name());
		manifest.put("lang", site.locale().toLanguageTag());
		manifest.put("start_url", "/");
		manifest.put("display", "browser");
		manifest.put("background_color", "#ffffff");
		manifest.put("theme_color", "#1a1a1a");
		manifest.put("icons",
				logo()
					.map(l -> PNG_SIZES.stream()
						.filter(size -> size >= 192)
						.map(size -> Map.of("src", address(PNG.formatted(size)), "sizes", size + "x" + size, "type",
								"image/png"))
						.toList())
					.orElseGet(() -> List.of(Map.of("src", address(ICON), "sizes", "any", "type", "image/svg+xml"))));
		return ResponseEntity.ok()
			.cacheControl(YEAR)
			.contentType(MediaType.parseMediaType("application/manifest+json"))
			.body(JsonMapper.shared().writeValueAsString(manifest));
	}

	/** The icon's or the manifest's address, with the version of the name and logo. */
	String address(String path) {
		CRC32 crc = new CRC32();
		crc.update(site.name().getBytes(StandardCharsets.UTF_8));
		logo().ifPresent(l -> crc.update(l.src().getBytes(StandardCharsets.UTF_8)));
		return path + "?v=" + HexFormat.of().toHexDigits((int) crc.getValue());
	}

	/**
	 * The name's first letter (a whole code point), in capitals; K for a name without
	 * one.
	 */
	static String initial(String name) {
		int letter = name.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse('K');
		return new String(Character.toChars(letter)).toUpperCase(Locale.ROOT);
	}

}
