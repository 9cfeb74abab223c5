package org.kiosque.site;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells once, at start, which database the site runs on: the features whose statements
 * differ between H2 and PostgreSQL (upserts, counters, the archive's months) are handed
 * the answer instead of each asking a connection of its own.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseDetection {

	/**
	 * The product behind the site's data source.
	 * @throws IllegalStateException when no connection can be had
	 */
	@Bean
	DatabaseProduct databaseProduct(DataSource dataSource) {
		return DatabaseProduct.of(dataSource);
	}

}
