package org.kiosque.reading;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A signed-in staff member's session, stored where the application keeps sessions, as a
 * sign-in would leave it; the tests send its cookie over real HTTP. (Reading does not own
 * the sign-in form, so it does not go through it.)
 */
final class StaffSession {

	private StaffSession() {
	}

	/** The {@code Cookie} header of a session signed in with {@code role}. */
	static Map<String, String> cookie(ApplicationContext context, String role) {
		SessionRepository<?> sessions = context.getBean(SessionRepository.class);
		return Map.of("Cookie", "SESSION=" + Base64.getEncoder()
			.encodeToString(save(sessions, role).getBytes(StandardCharsets.UTF_8)));
	}

	private static <S extends Session> String save(SessionRepository<S> sessions, String role) {
		S session = sessions.createSession();
		var auth = UsernamePasswordAuthenticationToken.authenticated("staff-" + System.nanoTime(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role)));
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(auth));
		sessions.save(session);
		return session.getId();
	}
}
