package org.kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Staff pages use the newsroom's frame: no reader box (newsletter signup, most read) on
 * any {@code /newsroom} page, while the readers' pages keep theirs.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class NewsroomFrameTests {

	private static final List<String> PAGES = List.of("/newsroom", "/newsroom/people", "/newsroom/articles",
			"/newsroom/articles/new", "/newsroom/schedule", "/newsroom/comments", "/newsroom/newsletter",
			"/newsroom/statistics");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noReaderBoxOnAnyNewsroomPage() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		for (String path : PAGES) {
			Browser.Page page = admin.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			Document html = page.html();
			assertThat(html.select("aside.aside").html()).as("the side column of %s", path).isEmpty();
			assertThat(html.select("form[action^=/newsletter]")).as("newsletter signup on %s", path).isEmpty();
			assertThat(html.select(".masthead")).as("the masthead on %s", path).hasSize(1);
		}
	}

	@Test
	void theReadersPagesKeepTheirBoxes() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		assertThat(admin.get("/").html().select("aside.aside form[action^=/newsletter]")).hasSize(1);
		assertThat(new Browser(port).get("/").html().select("aside.aside form[action^=/newsletter]")).hasSize(1);
	}

}
