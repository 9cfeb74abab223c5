package org.kiosque.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in reader or staff member. It is stored in the
 * shared session table, hence serializable and free of services. A role grants the roles
 * below it too, so an admin may open whatever {@link AccessRules} open to editors.
 */
final class SignedInReader implements UserDetails, ReaderPrincipal, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final boolean verified;

	private final boolean enabled;

	private @Nullable String passwordHash;

	SignedInReader(Person person, String passwordHash) {
		this.id = person.id();
		this.email = person.email();
		this.displayName = person.displayName();
		this.role = person.role();
		this.verified = person.verified();
		this.enabled = person.enabled();
		this.passwordHash = passwordHash;
	}

	@Override
	public ReaderIdentity identity() {
		return new ReaderIdentity(id, email, displayName, role);
	}

	boolean verified() {
		return verified;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(role);
	}

	/** A role's authorities: its own and those of every role it includes. */
	static List<GrantedAuthority> authoritiesOf(Role role) {
		return Arrays.stream(Role.values())
			.filter(role::includes)
			.<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
			.toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInReader that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "SignedInReader[" + id + ", " + role + "]";
	}

}
