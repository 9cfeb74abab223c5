@NullMarked
package org.kiosque;

import org.jspecify.annotations.NullMarked;
