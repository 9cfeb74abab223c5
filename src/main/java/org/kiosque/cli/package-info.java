@NullMarked
package org.kiosque.cli;

import org.jspecify.annotations.NullMarked;
