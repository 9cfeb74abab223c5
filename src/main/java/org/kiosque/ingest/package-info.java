@NullMarked
package org.kiosque.ingest;

import org.jspecify.annotations.NullMarked;
