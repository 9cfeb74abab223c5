package org.kiosque.desk;

import org.kiosque.web.NewsroomLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schedule's entry in the newsroom menu (shown to editors and admins). */
@Configuration(proxyBeanMethods = false)
class ScheduleMenu {

	@Bean
	NewsroomLink scheduleLink() {
		return new NewsroomLink("schedule.menu", SchedulePage.PATH, 15);
	}

}
