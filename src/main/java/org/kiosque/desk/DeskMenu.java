package org.kiosque.desk;

import org.kiosque.web.NewsroomLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The desk's entry in the newsroom menu, first: writing is what a newsroom does most. */
@Configuration(proxyBeanMethods = false)
class DeskMenu {

	@Bean
	NewsroomLink articlesLink() {
		return new NewsroomLink("desk.menu", ArticleEditor.PATH, 10);
	}

}
