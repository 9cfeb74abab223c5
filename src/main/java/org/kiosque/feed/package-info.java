@NullMarked
package org.kiosque.feed;

import org.jspecify.annotations.NullMarked;
