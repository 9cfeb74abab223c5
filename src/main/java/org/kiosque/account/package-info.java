@NullMarked
package org.kiosque.account;

import org.jspecify.annotations.NullMarked;
