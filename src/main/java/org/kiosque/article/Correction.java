package org.kiosque.article;

import java.time.Instant;

/**
 * A correction printed at the foot of a published article: what was wrong and what is
 * right, in one paragraph of plain text (escaped wherever it is printed).
 *
 * @param text the editor's wording, cleaned ({@link Corrections#add})
 * @param madeAt when it was added; it moved the article's visible modification time
 */
public record Correction(String text, Instant madeAt) {
}
