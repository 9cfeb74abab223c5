package org.kiosque.newsroom;

import java.util.Comparator;
import java.util.List;

import org.kiosque.account.NewsroomAccess;
import org.kiosque.web.NewsroomLink;
import org.springframework.stereotype.Component;

/**
 * The newsroom's navigation: every feature's {@link NewsroomLink} whose page the
 * signed-in person may open, as the access rules say.
 */
@Component
class NewsroomMenu {

	private final List<NewsroomLink> links;

	private final NewsroomAccess access;

	NewsroomMenu(List<NewsroomLink> links, NewsroomAccess access) {
		this.links = links.stream().sorted(Comparator.comparingInt(NewsroomLink::order)).toList();
		this.access = access;
	}

	/** The links of the person signed in on the current request. */
	List<NewsroomLink> ofCurrentPerson() {
		return links.stream().filter(link -> access.mayOpen(link.path())).toList();
	}

}
