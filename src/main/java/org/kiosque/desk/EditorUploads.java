package org.kiosque.desk;

import org.kiosque.web.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The editor takes a picture file ({@code pictureFile}): its form posts
 * {@code multipart/form-data} to the editor's two addresses, which every other path
 * refuses. Its autosave and heartbeat stay URL-encoded.
 */
@Configuration(proxyBeanMethods = false)
class EditorUploads {

	@Bean
	UploadPath newArticleUpload() {
		return new UploadPath(ArticleEditor.NEW);
	}

	@Bean
	UploadPath articleUpload() {
		return new UploadPath(ArticleEditor.PATH + "/{id}");
	}

}
