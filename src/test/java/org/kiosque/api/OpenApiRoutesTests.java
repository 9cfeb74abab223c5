package org.kiosque.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.ApiClient;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description matches the implementation: every {@code /api/admin} route
 * Spring MVC maps is described, and every route described is mapped; it is served to
 * staff and to no one else.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class OpenApiRoutesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyMappedRouteIsDescribedAndEveryDescribedRouteMapped() throws Exception {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			for (String path : info.getPatternValues()) {
				// Test-only routes prove that what the rules do not declare is refused.
				if (path.startsWith("/api/admin") && !path.contains("/test-only/")) {
					info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + path));
				}
			}
		});
		Set<String> described = new TreeSet<>();
		try (InputStream in = new ClassPathResource(OpenApiDescription.RESOURCE).getInputStream()) {
			JsonNode document = JsonMapper.builder().build().readTree(in);
			assertThat(document.get("openapi").asString()).startsWith("3.1");
			for (var path : document.get("paths").properties()) {
				for (String method : path.getValue().propertyNames()) {
					described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
				}
			}
		}
		assertThat(mapped).isNotEmpty().isEqualTo(described);
	}

	@Test
	void theDescriptionIsServedToStaffOnly() {
		ApiClient.Answer staff = ApiClient.with(context, port, Role.CONTRIBUTOR).get("/api/admin/openapi.json");
		assertThat(staff.status()).isEqualTo(200);
		assertThat(staff.json().get("paths").has("/api/admin/articles/{id}")).isTrue();
		assertThat(new ApiClient(port, null).get("/api/admin/openapi.json").status()).isIn(302, 401);
	}

}
