package org.kiosque.media;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WebP renditions through the {@code cwebp} program (Debian package {@code webp}), when
 * it is found at start ({@code kiosque.media.cwebp}): there is no well-kept pure-Java
 * WebP encoder. Without it the node serves JPEG only and pages offer no WebP source. The
 * encoder is given the rendition's JPEG (made at quality 95 for it) and told to copy no
 * metadata.
 */
@Component
class WebpEncoder {

	private static final Logger log = LoggerFactory.getLogger(WebpEncoder.class);

	private final Optional<Path> program;

	private final MediaSettings settings;

	WebpEncoder(MediaSettings settings) {
		this.settings = settings;
		this.program = find(settings.cwebp());
		log.info(program.map(p -> "WebP renditions made with " + p)
			.orElse("No cwebp program found (kiosque.media.cwebp): pictures are served as JPEG only"));
	}

	boolean available() {
		return program.isPresent();
	}

	/** The WebP of a JPEG's pixels, through temporary files in {@code work}. */
	byte[] encode(byte[] jpeg, Path work) throws IOException {
		Path in = Files.createTempFile(work, "in-", ".jpg");
		Path out = Files.createTempFile(work, "out-", ".webp");
		try {
			Files.write(in, jpeg);
			Process process = new ProcessBuilder(List.of(program.orElseThrow().toString(), "-quiet", "-metadata",
					"none", "-q", Integer.toString(settings.webpQuality()), in.toString(), "-o", out.toString()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("cwebp took more than a minute");
			}
			if (process.exitValue() != 0) {
				throw new IOException("cwebp failed with status " + process.exitValue());
			}
			return Files.readAllBytes(out);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		finally {
			Files.deleteIfExists(in);
			Files.deleteIfExists(out);
		}
	}

	/** A path as given, or a name looked up on the {@code PATH}. */
	private static Optional<Path> find(String name) {
		if (name.isBlank()) {
			return Optional.empty();
		}
		if (name.contains(File.separator)) {
			Path path = Path.of(name);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		String pathVariable = System.getenv("PATH");
		if (pathVariable == null) {
			return Optional.empty();
		}
		for (String folder : pathVariable.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, name);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
