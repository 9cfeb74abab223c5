package org.kiosque.search;

import org.kiosque.web.UnindexedPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Search results are public pages but no page of their own: search engines are told to
 * leave them out ({@code noindex}), as Google's guidelines ask of result pages.
 */
@Configuration(proxyBeanMethods = false)
class SearchUnindexed {

	@Bean
	UnindexedPaths searchResultsUnindexed() {
		return UnindexedPaths.of("/recherche", "/recherche/**");
	}

}
