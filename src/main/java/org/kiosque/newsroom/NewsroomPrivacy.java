package org.kiosque.newsroom;

import org.kiosque.web.PrivatePaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The back office is personal to whoever opens it: never kept by any cache. */
@Configuration(proxyBeanMethods = false)
class NewsroomPrivacy {

	@Bean
	PrivatePaths newsroomPrivatePages() {
		return PrivatePaths.of("/newsroom/**");
	}

}
