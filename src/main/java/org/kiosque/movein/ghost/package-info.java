/**
 * Moving in from Ghost: {@code java -jar kiosque.jar import-ghost EXPORT.json
 * [--images=DIR] [--dry-run]} reads the JSON export of a Ghost site (0.x to 6) and brings
 * its posts, tags, authors, members who asked for the newsletter and pictures, its old
 * addresses answering 301 to the new ones.
 * <p>
 * Words: a <em>post</em> is Ghost's article (a <em>page</em> is not one); its <em>primary
 * tag</em> (the first by {@code sort_order}) becomes the section, the others tags; an
 * <em>internal tag</em> ({@code #…}) is Ghost's theme plumbing and is skipped; a
 * <em>card</em> is a block of Ghost's editor (picture, gallery, embed, Markdown, HTML…);
 * a <em>member</em> is a reader with an address, a <em>subscriber</em> only with consent.
 */
@NullMarked
@NamedInterface("ghost")
package org.kiosque.movein.ghost;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
