@NullMarked
package org.kiosque.comment;

import org.jspecify.annotations.NullMarked;
