package org.kiosque.account;

import java.util.Optional;

import org.kiosque.site.CleanText;
import org.kiosque.site.FormProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff members as authors: their name and short biography, for their author page. The
 * biography is theirs to write ({@code /newsroom/profile}), or an admin's
 * ({@code /newsroom/people/{id}/profile}). Readers have no author profile.
 */
@Service
public class Profiles {

	/** The longest biography, in characters (the column holds 1 000). */
	public static final int MAX_BIOGRAPHY = 1000;

	private final ProfileRepository repository;

	private final ApplicationEventPublisher events;

	Profiles(ProfileRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** The staff member {@code accountId}; empty for a reader or no such account. */
	public Optional<Profile> author(long accountId) {
		return repository.find(accountId).filter(p -> p.role() != Role.READER);
	}

	/**
	 * Writes a staff member's biography; blank removes it.
	 * @return the problems (too long), nothing written if any
	 */
	@Transactional
	public FormProblems describe(long accountId, String typed) {
		String biography = CleanText.lines(typed).strip();
		if (biography.length() > MAX_BIOGRAPHY) {
			return FormProblems.of("biography", "author.profile.too-long");
		}
		repository.describe(accountId, biography.isEmpty() ? null : biography);
		events.publishEvent(new ProfileChanged(accountId));
		return new FormProblems();
	}

	/** The biography as written, or {@code ""}. */
	public String biography(long accountId) {
		String biography = repository.find(accountId).map(Profile::biography).orElse(null);
		return biography == null ? "" : biography;
	}

}
