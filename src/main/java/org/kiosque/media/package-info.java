@NullMarked
package org.kiosque.media;

import org.jspecify.annotations.NullMarked;
