package org.kiosque.article;

/**
 * A block of the front page: a section's latest stories.
 *
 * @param size how many stories the block shows, 1 to {@value FrontPage#MAX_BLOCK_SIZE}
 */
public record FrontPageBlock(SectionRef section, int size) {
}
