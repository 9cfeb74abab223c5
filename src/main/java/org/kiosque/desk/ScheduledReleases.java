package org.kiosque.desk;

import java.util.List;

import org.kiosque.article.ArticleStatus;
import org.kiosque.article.ScheduledArticlePublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records a scheduled publication in the article's history, so that its revisions say
 * when it went public and on whose schedule: the text is the latest revision's, the
 * account the one who last moved the article (who scheduled it).
 * <p>
 * Durable (Spring Modulith's event registry): a node stopping between the publication and
 * this record finishes it at its next start.
 */
@Component
class ScheduledReleases {

	private final RevisionRepository revisions;

	ScheduledReleases(RevisionRepository revisions) {
		this.revisions = revisions;
	}

	@ApplicationModuleListener
	void on(ScheduledArticlePublished published) {
		long id = published.articleId();
		int latest = revisions.latestNumber(id);
		if (latest == 0) {
			// Scheduled outside the desk (an import): there is no history to add to.
			return;
		}
		Revision last = revisions.find(id, latest).orElseThrow();
		Long scheduler = revisions.lastMove(id).map(Revision::accountId).orElse(last.accountId());
		revisions.insert(new Revision(id, latest + 1, DeskAction.RELEASE, scheduler, published.publishedAt(),
				ArticleStatus.PUBLISHED, published.scheduledFor(), last.copy(), List.of(), null));
	}

}
