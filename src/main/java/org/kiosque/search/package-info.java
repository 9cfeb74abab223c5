@NullMarked
package org.kiosque.search;

import org.jspecify.annotations.NullMarked;
