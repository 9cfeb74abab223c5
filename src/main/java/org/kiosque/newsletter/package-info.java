@NullMarked
package org.kiosque.newsletter;

import org.jspecify.annotations.NullMarked;
