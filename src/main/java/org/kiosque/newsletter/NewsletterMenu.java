package org.kiosque.newsletter;

import org.kiosque.web.NewsroomLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The newsletter's entry in the newsroom menu. */
@Configuration(proxyBeanMethods = false)
class NewsletterMenu {

	@Bean
	NewsroomLink newsletterLink() {
		return new NewsroomLink("newsroom.newsletter.menu", NewsletterDesk.PATH, 40);
	}

}
