package org.kiosque.movein;

/** What a thing of the old site became here (column {@code movein_origin.kind}). */
public enum OriginKind {

	/** An article ({@code article.id}). */
	ARTICLE,

	/** A section ({@code section.id}): a WordPress category, a Ghost primary tag. */
	SECTION,

	/** A tag ({@code tag.id}). */
	TAG,

	/** A staff account ({@code reader.id}): an author. */
	ACCOUNT,

	/** A comment ({@code comment.id}). */
	COMMENT,

	/** A picture of the library ({@code picture.id}): an upload, an attachment. */
	PICTURE

}
