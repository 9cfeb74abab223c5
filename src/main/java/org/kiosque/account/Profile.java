package org.kiosque.account;

import org.jspecify.annotations.Nullable;

/**
 * A staff member as their author page shows them.
 *
 * @param displayName the name their bylines carry by default
 * @param biography a few lines about them, {@code null} when none was written
 */
public record Profile(long id, String displayName, Role role, @Nullable String biography) {
}
