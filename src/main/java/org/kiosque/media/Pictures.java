package org.kiosque.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.kiosque.media.PictureRefused.Reason;
import org.kiosque.site.DataDirectory;
import org.kiosque.site.Labels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newsroom's pictures: upload, find, describe, set the focal point, delete. The one
 * door other features use (the editor's lead picture, the pages, the import command).
 * <p>
 * An upload is checked in this order, and nothing is stored unless every check passes:
 * size ({@code kiosque.media.max-upload-size}), format from the first bytes (JPEG, PNG,
 * WebP, still GIF), width × height from the header ({@code kiosque.media.max-megapixels},
 * read without decoding), then a subsampled decode in one of the node's decoding slots to
 * prove the pixels can be read. Failures throw {@link PictureRefused}, whose reason names
 * the French/English label and the HTTP status.
 */
@Service
public class Pictures {

	private final PictureRepository pictures;

	private final PictureStore store;

	private final Darkroom darkroom;

	private final MediaSettings settings;

	private final TransactionTemplate transactions;

	private final ObjectProvider<PictureUses> uses;

	private final Path incoming;

	private final Clock clock;

	private final Renditions renditions;

	Pictures(PictureRepository pictures, PictureStore store, Darkroom darkroom, MediaSettings settings,
			TransactionTemplate transactions, ObjectProvider<PictureUses> uses, DataDirectory data,
			Renditions renditions) {
		this.pictures = pictures;
		this.store = store;
		this.darkroom = darkroom;
		this.settings = settings;
		this.transactions = transactions;
		this.uses = uses;
		this.incoming = data.folder("media/incoming");
		sweep(this.incoming);
		this.clock = Clock.systemUTC();
		this.renditions = renditions;
	}

	/**
	 * Checks and keeps an uploaded picture. The stream is read to a temporary file (at
	 * most one byte past the size limit), never whole into memory.
	 * @param fileName the file's name as uploaded (kept, cleaned, for the library)
	 * @param content the file's bytes; not closed here
	 * @param uploader the staff member's account id, or {@code null} (import command)
	 * @return the new picture
	 * @throws PictureRefused when it is refused: nothing is stored then
	 * @throws UncheckedIOException when the node's disk fails
	 */
	public PictureRef upload(String fileName, InputStream content, @Nullable Long uploader) {
		return upload(fileName, content, uploader, false);
	}

	/**
	 * {@link #upload(String, byte[], Long)}, unless the library already holds a picture
	 * made from exactly these bytes (the same SHA-256): then that one, and no second copy
	 * (an agency sending its photo again with each version of a story).
	 * @throws PictureRefused when a new picture is refused: nothing is stored then
	 */
	public PictureRef uploadOnce(String fileName, byte[] content, @Nullable Long uploader) {
		return upload(fileName, new java.io.ByteArrayInputStream(content), uploader, true);
	}

	private PictureRef upload(String fileName, InputStream content, @Nullable Long uploader, boolean once) {
		Path file = null;
		try {
			file = Files.createTempFile(incoming, "upload-", ".part");
			MessageDigest sha = DigestUtils.getSha256Digest();
			long limit = settings.maxUploadSize().toBytes();
			long copied;
			try (OutputStream out = Files.newOutputStream(file); InputStream in = new DigestInputStream(content, sha)) {
				copied = copy(in, out, limit + 1);
			}
			if (copied > limit) {
				throw new PictureRefused(Reason.TOO_LARGE, "more than " + limit + " bytes");
			}
			String fingerprint = Hex.encodeHexString(sha.digest());
			if (once) {
				Optional<PictureRepository.Row> kept = pictures.byFingerprint(fingerprint);
				if (kept.isPresent()) {
					return kept.get().details().ref();
				}
			}
			return keep(clean(fileName), file, copied, fingerprint, uploader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// A leftover in media/incoming is harmless and swept by the next
					// start.
				}
			}
		}
	}

	/** {@link #upload(String, InputStream, Long)} for bytes already in memory. */
	public PictureRef upload(String fileName, byte[] content, @Nullable Long uploader) {
		return upload(fileName, new java.io.ByteArrayInputStream(content), uploader);
	}

	private PictureRef keep(String fileName, Path file, long size, String fingerprint, @Nullable Long uploader)
			throws IOException {
		Inspection inspection = Inspection.of(file, settings);
		return darkroom.inSlot(() -> {
			darkroom.proveReadable(file, inspection);
			String version = version(fingerprint, 500, 500, inspection.rights());
			long id = transactions.execute(status -> {
				long newId = pictures.insert(fingerprint, version, fileName, inspection, size, uploader,
						clock.instant());
				try {
					store.keep(newId, file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return newId;
			});
			return new PictureRef(id, version, inspection.width(), inspection.height(), 500, 500);
		});
	}

	/** The picture, or empty when there is none by that id. */
	public Optional<PictureRef> find(long id) {
		return pictures.find(id).map(row -> row.details().ref());
	}

	/**
	 * Several pictures at once (a page of teasers), by id; ids with no picture are left
	 * out.
	 */
	public Map<Long, PictureRef> find(Collection<Long> ids) {
		Map<Long, PictureRef> found = new LinkedHashMap<>();
		for (PictureRepository.Row row : pictures.find(ids)) {
			found.put(row.details().id(), row.details().ref());
		}
		return found;
	}

	/** The picture with its file name, rights fields and upload, or empty. */
	public Optional<PictureDetails> details(long id) {
		return pictures.find(id).map(PictureRepository.Row::details);
	}

	/**
	 * The library's pictures matching {@code query} in caption, credit or file name
	 * (case-insensitive, anywhere), newest first.
	 * @param query the words searched; empty for all
	 * @param offset how many to skip
	 * @param limit how many at most
	 */
	public List<PictureDetails> search(String query, int offset, int limit) {
		return pictures.search(query.strip(), offset, limit).stream().map(PictureRepository.Row::details).toList();
	}

	/** How many pictures {@link #search} finds in all. */
	public long count(String query) {
		return pictures.count(query.strip());
	}

	/**
	 * Replaces the caption, credit, creator and copyright notice (cleaned, cut to their
	 * columns). The version changes, since served JPEGs carry these words.
	 * @return the picture's new reference, or empty when there is no such picture
	 */
	public Optional<PictureRef> describe(long id, Rights rights) {
		Rights clean = new Rights(Inspection.clip(rights.caption(), 2000), Inspection.clip(rights.credit(), 255),
				Inspection.clip(rights.creator(), 255), Inspection.clip(rights.copyright(), 500));
		return transactions.execute(status -> pictures.find(id).map(row -> {
			PictureRef ref = row.details().ref();
			String version = version(row.fingerprint(), ref.focusX(), ref.focusY(), clean);
			pictures.updateRights(id, clean, version);
			renditions.changed(id);
			return new PictureRef(id, version, ref.width(), ref.height(), ref.focusX(), ref.focusY());
		}));
	}

	/**
	 * Gives the picture a caption and credit where its words left them blank: those its
	 * file carried (IPTC, XMP) or an editor wrote stay as they are. A wire picture whose
	 * file carries none takes its item's, so the library finds it by them.
	 * @param caption the caption to give, blank for none
	 * @param credit the credit to give, blank for none
	 * @return whether a word was added (the version then changes, as with
	 * {@link #describe}); false too when there is no such picture
	 */
	public boolean fillIn(long id, String caption, String credit) {
		return details(id).map(PictureDetails::rights).map(words -> {
			Rights filled = new Rights(words.caption().isBlank() ? caption : words.caption(),
					words.credit().isBlank() ? credit : words.credit(), words.creator(), words.copyright());
			return !filled.equals(words) && describe(id, filled).isPresent();
		}).orElse(false);
	}

	/**
	 * Sets the focal point, in thousandths of the width and height (clamped to 0–1000).
	 * Every crop is cut around it; the version changes.
	 * @return the picture's new reference, or empty when there is no such picture
	 */
	public Optional<PictureRef> focus(long id, int x, int y) {
		int fx = Math.max(0, Math.min(1000, x));
		int fy = Math.max(0, Math.min(1000, y));
		return transactions.execute(status -> pictures.find(id).map(row -> {
			PictureRef ref = row.details().ref();
			String version = version(row.fingerprint(), fx, fy, row.details().rights());
			pictures.updateFocus(id, fx, fy, version);
			renditions.changed(id);
			return new PictureRef(id, version, ref.width(), ref.height(), fx, fy);
		}));
	}

	/** Where the picture is used, as the features that use pictures tell. */
	public List<PictureUses.Use> uses(long id) {
		return uses.orderedStream().flatMap(u -> u.of(id).stream()).toList();
	}

	/**
	 * Deletes an unused picture, its original and this node's renditions (other nodes
	 * stop serving theirs within a minute, see {@link Renditions}).
	 * @return whether there was such a picture
	 * @throws PictureInUse when some feature still uses it
	 */
	public boolean delete(long id) {
		List<PictureUses.Use> used = uses(id);
		if (!used.isEmpty()) {
			throw new PictureInUse(id, used);
		}
		Boolean deleted = transactions.execute(status -> {
			store.remove(id);
			return pictures.delete(id) == 1;
		});
		renditions.forget(id);
		return Boolean.TRUE.equals(deleted);
	}

	/** Streams the original as uploaded (for the newsroom only). */
	public void copyOriginal(long id, OutputStream out) throws IOException {
		store.copy(id, out);
	}

	/**
	 * The sentence that explains a refusal to the person who uploaded, in the site's
	 * language, with this site's limits.
	 */
	public String explain(PictureRefused refused, Labels labels) {
		return switch (refused.reason()) {
			case TOO_LARGE -> labels.get(refused.reason().label(), settings.maxUploadSize().toMegabytes());
			case TOO_MANY_PIXELS -> labels.get(refused.reason().label(), settings.maxMegapixels());
			default -> labels.get(refused.reason().label());
		};
	}

	/** What an upload takes (formats, size, pixels), as the upload forms say it. */
	public String explainLimits(Labels labels) {
		return labels.get("media.upload.help", settings.maxUploadSize().toMegabytes(), settings.maxMegapixels());
	}

	/**
	 * One rendition's bytes, made if needed, as {@code /media/…} serves them: for
	 * features that derive a file of their own from a picture once (the site's PNG icons
	 * are cut from the logo's square rendition).
	 * @return empty when the picture does not offer that rendition (unknown picture or
	 * version, a width it does not have)
	 * @throws UncheckedIOException when the node's disk fails
	 */
	public Optional<byte[]> renditionBytes(Rendition rendition) {
		return renditions.file(rendition).map(file -> {
			try {
				return Files.readAllBytes(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** The formats renditions can be served in on this node (JPEG always). */
	public List<Rendition.Format> formats() {
		return renditions.formats();
	}

	/**
	 * The version: a fingerprint of everything a rendition shows (the original's SHA-256,
	 * the focal point, the rights fields written into JPEGs), 16 hex digits.
	 */
	static String version(String fingerprint, int focusX, int focusY, Rights rights) {
		String all = String.join("\u0000", fingerprint, Integer.toString(focusX), Integer.toString(focusY),
				rights.caption(), rights.credit(), rights.creator(), rights.copyright());
		return DigestUtils.sha256Hex(all).substring(0, 16);
	}

	private static long copy(InputStream in, OutputStream out, long max) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int n;
		while (total < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
			out.write(buffer, 0, n);
			total += n;
		}
		return total;
	}

	/** Removes what uploads cut short by a stop left behind. */
	private static void sweep(Path folder) {
		try (var left = Files.newDirectoryStream(folder, "upload-*.part")) {
			for (Path file : left) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// Another node's or a running upload's file: harmless, tried again next
			// start.
		}
	}

	/** The file name without any folder, cleaned, at most 255 characters. */
	private static String clean(@Nullable String fileName) {
		String name = fileName == null ? "" : fileName;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = Inspection.clip(name.substring(slash + 1), 255);
		return name.isEmpty() ? "image" : name;
	}

}
