package org.kiosque.article;

import org.kiosque.web.NewsroomLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The front page's entry in the newsroom menu (shown to editors and admins). */
@Configuration(proxyBeanMethods = false)
class FrontPageMenu {

	@Bean
	NewsroomLink frontPageLink() {
		return new NewsroomLink("front.menu", FrontDesk.PATH, 12);
	}

}
