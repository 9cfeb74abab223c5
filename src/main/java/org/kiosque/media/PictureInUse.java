package org.kiosque.media;

import java.io.Serial;
import java.util.List;

/**
 * A picture still used somewhere (see {@link PictureUses}) cannot be deleted: answer 409
 * with the label {@value #LABEL}.
 */
public final class PictureInUse extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The label explaining the refusal (messages/media), with the count of uses. */
	public static final String LABEL = "media.delete.in-use";

	private final transient List<PictureUses.Use> uses;

	PictureInUse(long id, List<PictureUses.Use> uses) {
		super("Picture " + id + " is used " + uses.size() + " times");
		this.uses = List.copyOf(uses);
	}

	/** Where it is used. */
	public List<PictureUses.Use> uses() {
		return this.uses;
	}

}
