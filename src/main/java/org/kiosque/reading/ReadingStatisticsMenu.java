package org.kiosque.reading;

import org.kiosque.web.NewsroomLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics entry of the newsroom's navigation, for every staff member. */
@Configuration(proxyBeanMethods = false)
class ReadingStatisticsMenu {

	@Bean
	NewsroomLink readingStatisticsLink() {
		return new NewsroomLink("reading.statistics.menu", ReadingStatistics.PATH, 40);
	}

}
