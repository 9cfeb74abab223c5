package org.kiosque.article;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.kiosque.support.KiosqueNode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test-only ears in every Kiosque of the test JVM (the shared test context and each
 * {@link KiosqueNode}): each {@link ScheduledArticlePublished} heard, through a durable
 * listener as the desk's will be, with the node that told it; and, on nodes started with
 * {@code kiosque.test.hear-article-changes=true}, each {@link ArticleChanged} once
 * committed, for the side effects. Article ids are counted per database and each test's
 * nodes may have their own, so what was heard is asked node by node ({@link #node}).
 */
@Component
class HeardPublications {

	/** One event heard on one node. */
	record Heard(int node, Object event) {
	}

	private static final Queue<Heard> HEARD = new ConcurrentLinkedQueue<>();

	private static final AtomicInteger NODES = new AtomicInteger();

	private final int node = NODES.incrementAndGet();

	/** This node's number among the Kiosques started in this JVM. */
	public int node() {
		return node;
	}

	/** The node's number, for the questions below. */
	static int node(KiosqueNode kiosque) {
		return kiosque.bean(HeardPublications.class).node();
	}

	@ApplicationModuleListener
	void on(ScheduledArticlePublished published) {
		HEARD.add(new Heard(node, published));
	}

	/** The publications of the article heard on {@code nodes}. */
	static List<ScheduledArticlePublished> publications(long articleId, int... nodes) {
		return heard(articleId, nodes).filter(h -> h.event() instanceof ScheduledArticlePublished)
			.map(h -> (ScheduledArticlePublished) h.event())
			.toList();
	}

	/** The nodes, among {@code nodes}, that told the article's publication. */
	static List<Integer> publishers(long articleId, int... nodes) {
		return heard(articleId, nodes).filter(h -> h.event() instanceof ScheduledArticlePublished)
			.map(Heard::node)
			.toList();
	}

	/** How many times the article's change was heard after commit on {@code nodes}. */
	static long changes(long articleId, int... nodes) {
		return heard(articleId, nodes).filter(h -> h.event() instanceof ArticleChanged).count();
	}

	/** Forgets what was heard on these nodes (about articles made for the test, say). */
	static void forget(int... nodes) {
		Set<Integer> these = set(nodes);
		HEARD.removeIf(h -> these.contains(h.node()));
	}

	private static Stream<Heard> heard(long articleId, int... nodes) {
		Set<Integer> these = set(nodes);
		return HEARD.stream().filter(h -> these.contains(h.node()) && switch (h.event()) {
			case ScheduledArticlePublished p -> p.articleId() == articleId;
			case ArticleChanged c -> c.articleId() == articleId;
			default -> false;
		});
	}

	private static Set<Integer> set(int... nodes) {
		return IntStream.of(nodes).boxed().collect(Collectors.toSet());
	}

	/** The changes, on the nodes that ask for them only: every article write has one. */
	@Component
	@ConditionalOnProperty(name = "kiosque.test.hear-article-changes", havingValue = "true")
	static class Changes {

		private final HeardPublications ears;

		Changes(HeardPublications ears) {
			this.ears = ears;
		}

		@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
		void on(ArticleChanged changed) {
			HEARD.add(new Heard(ears.node(), changed));
		}

	}

}
