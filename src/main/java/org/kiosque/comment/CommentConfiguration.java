package org.kiosque.comment;

import org.kiosque.web.NewsroomLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommentConfiguration {

	@Bean
	NewsroomLink moderationQueueLink() {
		return new NewsroomLink("comment.queue.title", ModerationQueue.PATH, 30);
	}

}
