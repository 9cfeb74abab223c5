package org.kiosque.author;

import java.util.Optional;

import org.kiosque.account.Profiles;
import org.kiosque.article.BylineLinks;
import org.springframework.stereotype.Component;

/**
 * Bylines linked to author pages: the article's author account, when the byline is
 * exactly its display name (see {@link BylineLinks} for the rule); and that author's
 * portrait for the article's structured data.
 */
@Component
class AuthorLinks implements BylineLinks {

	private final Profiles profiles;

	private final Portraits portraits;

	AuthorLinks(Profiles profiles, Portraits portraits) {
		this.profiles = profiles;
		this.portraits = portraits;
	}

	@Override
	public Optional<String> authorPath(long authorId, String byline) {
		return profiles.author(authorId)
			.filter(p -> p.displayName().equals(byline))
			.map(p -> AuthorHandle.path(p.id(), p.displayName()));
	}

	@Override
	public Optional<String> authorImage(long authorId, String byline) {
		return authorPath(authorId, byline).flatMap(path -> portraits.imagePath(authorId));
	}

}
