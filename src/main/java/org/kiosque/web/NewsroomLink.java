package org.kiosque.web;

/**
 * An entry of the newsroom's navigation, declared as a bean by the feature that owns the
 * page (moderation queue, subscribers, statistics...). The link is shown to whoever the
 * site's access rules let open {@code path}; it declares no role of its own, so the menu
 * and the server never disagree.
 *
 * @param labelKey a message key for the link text
 * @param path the page, under {@code /newsroom}
 * @param order position in the navigation, lower first
 */
public record NewsroomLink(String labelKey, String path, int order) {
}
