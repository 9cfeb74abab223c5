package org.kiosque.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiosque.demo.*}: the demo content of a first start.
 *
 * @param enabled publish the demo sections and dispatches when the database is empty
 */
@ConfigurationProperties("kiosque.demo")
record DemoSettings(@DefaultValue("true") boolean enabled) {
}
