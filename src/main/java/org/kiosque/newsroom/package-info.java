@NullMarked
package org.kiosque.newsroom;

import org.jspecify.annotations.NullMarked;
