package org.kiosque.comment;

import org.kiosque.web.NewsroomLink;
import org.kiosque.web.PersonalCookies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommentConfiguration {

	@Bean
	NewsroomLink moderationQueueLink() {
		return new NewsroomLink("comment.queue.title", ModerationQueue.PATH, 30);
	}

	/**
	 * A page asked for with it shows the reader their own comments awaiting moderation:
	 * theirs alone.
	 */
	@Bean
	PersonalCookies heldComments() {
		return PersonalCookies.showing(CommentSection.HELD_COOKIE);
	}

}
