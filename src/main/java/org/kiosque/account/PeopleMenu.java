package org.kiosque.account;

import org.kiosque.web.NewsroomLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The people admin's entry in the newsroom menu, for admins only. */
@Configuration(proxyBeanMethods = false)
class PeopleMenu {

	@Bean
	NewsroomLink peopleLink() {
		return new NewsroomLink("newsroom.people.menu", "/newsroom/people", 900);
	}

	/** The publishing API's tokens, beside the people: admins only too. */
	@Bean
	NewsroomLink tokensLink() {
		return new NewsroomLink("account.token.menu", TokenPages.PATH, 910);
	}

}
