package org.kiosque.media;

import org.kiosque.web.NewsroomLink;
import org.kiosque.web.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The media library's place in the newsroom: its menu entry, and the one path that takes
 * files ({@code POST /newsroom/media}).
 */
@Configuration(proxyBeanMethods = false)
class MediaMenu {

	@Bean
	NewsroomLink mediaLink() {
		return new NewsroomLink("media.menu", MediaLibrary.PATH, 25);
	}

	@Bean
	UploadPath mediaUpload() {
		return new UploadPath(MediaLibrary.PATH);
	}

}
