package org.kiosque.newsroom;

import java.util.Comparator;
import java.util.List;

import org.kiosque.account.Role;
import org.kiosque.web.NewsroomLink;
import org.springframework.stereotype.Component;

/**
 * The newsroom's navigation: every feature's {@link NewsroomLink} that the person's role
 * may see.
 */
@Component
class NewsroomMenu {

	private final List<NewsroomLink> links;

	NewsroomMenu(List<NewsroomLink> links) {
		this.links = links.stream().sorted(Comparator.comparingInt(NewsroomLink::order)).toList();
	}

	List<NewsroomLink> of(Role role) {
		return links.stream().filter(link -> role.includes(least(link))).toList();
	}

	private static Role least(NewsroomLink link) {
		try {
			return Role.valueOf(link.role());
		}
		catch (IllegalArgumentException unknown) {
			// A misspelt role shows the link to admins only rather than to everyone.
			return Role.ADMIN;
		}
	}

}
