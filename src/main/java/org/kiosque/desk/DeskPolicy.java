package org.kiosque.desk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.springframework.stereotype.Component;

/**
 * Who may do what to an article, action by action, inside the desk the access rules open
 * to contributors ({@code /newsroom/articles/**}, see {@code account/AccessRules}):
 * <ul>
 * <li>contributors create drafts, open and edit their own drafts while they are drafts or
 * in review, submit them and restore their revisions; they publish, schedule, unpublish
 * and return nothing, and touch no one else's article;</li>
 * <li>editors and admins do everything to every article.</li>
 * </ul>
 * The one place these finer rules live: the editor's buttons and the server's refusals
 * both ask here.
 */
@Component
public class DeskPolicy {

	/** What only editors (and admins) do. */
	private static final List<DeskAction> EDITORS_ONLY = List.of(DeskAction.PUBLISH, DeskAction.SCHEDULE,
			DeskAction.UNPUBLISH, DeskAction.RETURN);

	/**
	 * Whether {@code who} may open the article (its editor, revisions and preview):
	 * editors any, contributors their own.
	 */
	public boolean mayOpen(ReaderIdentity who, DeskArticle article) {
		return isEditor(who) || isAuthor(who, article);
	}

	/** Whether {@code who} sees every article in the list, or only their own. */
	public boolean seesEveryArticle(ReaderIdentity who) {
		return isEditor(who);
	}

	/**
	 * Why {@code who} may not do {@code action} to {@code article} ({@code null}: a new
	 * one), as a message key; empty when they may.
	 */
	Optional<String> refusal(ReaderIdentity who, @Nullable DeskArticle article, DeskAction action) {
		if (isEditor(who)) {
			return Optional.empty();
		}
		if (EDITORS_ONLY.contains(action)) {
			return Optional.of("desk.refused." + action.value());
		}
		if (article == null) {
			return Optional.empty();
		}
		if (!isAuthor(who, article)) {
			return Optional.of("desk.refused.others");
		}
		if (article.status() != ArticleStatus.DRAFT && article.status() != ArticleStatus.IN_REVIEW) {
			return Optional.of("desk.refused.past-review");
		}
		return Optional.empty();
	}

	/** The actions of {@code offered} that {@code who} may do to {@code article}. */
	List<DeskAction> allowed(ReaderIdentity who, @Nullable DeskArticle article, List<DeskAction> offered) {
		return offered.stream().filter(action -> refusal(who, article, action).isEmpty()).toList();
	}

	private static boolean isEditor(ReaderIdentity who) {
		return who.role().includes(Role.EDITOR);
	}

	private static boolean isAuthor(ReaderIdentity who, DeskArticle article) {
		return Objects.equals(article.authorId(), who.id());
	}

}
