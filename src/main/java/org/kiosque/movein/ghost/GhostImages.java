package org.kiosque.movein.ghost;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The Ghost site's pictures, copied beside the export: its {@code content/images} folder
 * ({@code --images}). A post names them
 * {@code __GHOST_URL__/content/images/2024/03/a.jpg} (Ghost 4 and later), or with the
 * site's address or a bare path before; Ghost's resized copies
 * ({@code /content/images/size/w600/…}, {@code /format/webp/}) are the same file. Nothing
 * is ever fetched over the network.
 */
final class GhostImages {

	private static final Pattern OWN = Pattern
		.compile("/content/images/(?:size/w\\d+(?:h\\d+)?/)?(?:format/[a-z0-9]+/)?([^?#]+)");

	private final @Nullable Path folder;

	GhostImages(@Nullable Path folder) {
		this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
	}

	/** Where one reference of the export leads. */
	sealed interface Where {

		/**
		 * A file of {@code --images}; {@code relative} is its path under
		 * {@code content/images} ({@code 2024/03/a.jpg}).
		 */
		record File(Path path, String relative) implements Where {
		}

		/** Another site's picture. */
		record Elsewhere(String url) implements Where {
		}

		/**
		 * The Ghost site's picture, not in {@code --images} (or no folder given);
		 * {@code relative} as for {@link File}, else the reference as written.
		 */
		record Missing(String relative) implements Where {
		}

	}

	Where find(String reference) {
		String ref = reference.strip();
		Matcher own = OWN.matcher(ref);
		if (own.find()) {
			String relative = URLDecoder.decode(own.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
			if (folder != null) {
				Path file = folder.resolve(relative).normalize();
				// A path climbing out of the folder ("../") names no picture of the site.
				if (file.startsWith(folder) && Files.isRegularFile(file)) {
					return new Where.File(file, relative);
				}
			}
			return new Where.Missing(relative);
		}
		if (ref.startsWith("http://") || ref.startsWith("https://") || ref.startsWith("//")) {
			return new Where.Elsewhere(ref.startsWith("//") ? "https:" + ref : ref);
		}
		return new Where.Missing(ref);
	}

}
