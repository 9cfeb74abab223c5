package org.kiosque.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets {@link AccessRulesTests} knock on every staff route without acting: a request
 * carrying {@link #HEADER} that gets past the security filters and reaches its controller
 * is answered 204 there, before the controller sends an edition or clears the blocked
 * words.
 */
@Configuration(proxyBeanMethods = false)
class DryRunStaffRoutes implements WebMvcConfigurer {

	static final String HEADER = "X-Kiosque-Test-Dry-Run";

	static final int REACHED = HttpServletResponse.SC_NO_CONTENT;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (request.getHeader(HEADER) != null) {
					response.setStatus(REACHED);
					return false;
				}
				return true;
			}
		}).addPathPatterns("/newsroom", "/newsroom/**", "/api/admin/**");
	}

}
