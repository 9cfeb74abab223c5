package org.kiosque.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.kiosque.media.PictureDetails;
import org.kiosque.media.PictureRef;
import org.kiosque.media.PictureRefused;
import org.kiosque.media.Pictures;
import org.kiosque.site.Labels;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A picture sent with the editor's form ({@code pictureFile}) goes to the library, with
 * the library's checks and cleaning, and becomes the article's lead picture; its caption
 * and credit, read from the file's IPTC/XMP, fill the form's fields left blank or left as
 * the replaced picture's.
 */
@Component
class LeadUploads {

	private final Pictures library;

	private final Labels labels;

	LeadUploads(Pictures library, Labels labels) {
		this.library = library;
		this.labels = labels;
	}

	/** Why the library refused a file, as the person is told, with the site's limits. */
	String explain(PictureRefused refused) {
		return library.explain(refused, labels);
	}

	/**
	 * The part once the person chose another library picture by its number in place of
	 * {@code replaced}: the library's caption and credit of that picture where the form
	 * left the fields blank or as the replaced picture's, as for a file sent
	 * ({@link #upload}). The same picture, no number or an unknown one: {@code lead} as
	 * it is.
	 */
	LeadPicture chosen(LeadPicture lead, LeadPicture replaced) {
		Long id = lead.pictureId();
		if (id == null || id.equals(replaced.pictureId())) {
			return lead;
		}
		return library.details(id)
			.map(details -> lead.uploaded(details.ref(), details.rights().caption(), details.rights().credit(),
					replaced))
			.orElse(lead);
	}

	/**
	 * Keeps {@code file} in the library.
	 * @param replaced the article's lead picture as stored ({@link LeadPicture#none()}
	 * for none), whose words the form may still show
	 * @param uploader the staff member's account id
	 * @return the lead picture part showing the new picture
	 * @throws PictureRefused when the library refuses the file: nothing is kept then
	 */
	LeadPicture upload(LeadPicture lead, LeadPicture replaced, MultipartFile file, long uploader) {
		PictureRef ref;
		try (InputStream content = file.getInputStream()) {
			String name = file.getOriginalFilename();
			ref = library.upload(name == null ? "" : name, content, uploader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PictureDetails details = library.details(ref.id()).orElse(null);
		return lead.uploaded(ref, details == null ? null : details.rights().caption(),
				details == null ? null : details.rights().credit(), replaced);
	}

}
