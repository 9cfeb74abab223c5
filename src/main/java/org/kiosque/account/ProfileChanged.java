package org.kiosque.account;

import org.kiosque.web.PageChange;

/**
 * A staff member's biography changed: their author page's copies go.
 *
 * @param accountId whose
 */
public record ProfileChanged(long accountId) implements PageChange {
}
