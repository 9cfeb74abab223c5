package org.kiosque.newsroom;

import org.kiosque.web.NewsroomLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This feature's own entries in the newsroom menu. */
@Configuration(proxyBeanMethods = false)
class NewsroomLinks {

	@Bean
	NewsroomLink peopleLink() {
		return new NewsroomLink("newsroom.people.menu", "/newsroom/people", 900);
	}

}
