package org.kiosque.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open what. Public pages and forms are open to all, with CSRF protection; the
 * reader's account needs a sign-in; the newsroom needs a staff role.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: data:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain site(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/newsroom/people/**").hasRole("ADMIN")
			.requestMatchers("/newsroom/**").hasAnyRole("CONTRIBUTOR", "EDITOR", "ADMIN")
			.requestMatchers("/account/**").authenticated()
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/actuator/**", "/newsletter/**"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.httpBasic(basic -> basic.disable())
			.requestCache(Customizer.withDefaults());
		return http.build();
	}
}
