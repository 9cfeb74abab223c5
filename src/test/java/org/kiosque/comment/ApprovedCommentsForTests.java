package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kiosque.support.Browser;
import org.springframework.context.ApplicationContext;

/**
 * A reader's comment, posted through the article's form as a browser does and approved by
 * an editor, for the tests of features that hear of approvals (webhooks).
 */
public final class ApprovedCommentsForTests {

	private ApprovedCommentsForTests() {
	}

	/**
	 * Posts {@code body} under the article at {@code articlePath} and approves it; its
	 * id.
	 */
	public static long postAndApprove(ApplicationContext context, int port, String articlePath, String name,
			String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("stamp", context.getBean(Signatures.class).stamp(Instant.now().minus(10, ChronoUnit.SECONDS)));
		fields.put("name", name);
		fields.put("email", CommentFixtures.email());
		fields.put("body", body);
		Browser.Page posted = CommentFixtures.reader(port).submit(articlePath, "form.comment-form", fields);
		assertThat(posted.status()).as("comment posted: %s", posted.text()).isEqualTo(303);
		long id = CommentFixtures.idFrom(posted);
		context.getBean(Moderation.class).apply(Moderation.Action.APPROVE, List.of(id));
		return id;
	}

}
