package org.kiosque.web;

/**
 * An entry of the newsroom's navigation, declared as a bean by the feature that owns the
 * page (moderation queue, subscribers, statistics...).
 *
 * @param labelKey a message key for the link text
 * @param path the page, under {@code /newsroom}
 * @param role the least role that may see it: {@code CONTRIBUTOR}, {@code EDITOR} or
 * {@code ADMIN}
 * @param order position in the navigation, lower first
 */
public record NewsroomLink(String labelKey, String path, String role, int order) {
}
