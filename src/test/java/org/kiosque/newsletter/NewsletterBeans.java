package org.kiosque.newsletter;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kiosque.article.Newsdesk;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What the newsletter tests work with: subscribers, editions, deliveries, the newsdesk
 * and the site's port. A test class takes it as one field,
 * {@code @RegisterExtension NewsletterBeans newsletter = new NewsletterBeans();}; before
 * each test it picks them from the test's shared application context.
 */
class NewsletterBeans implements BeforeEachCallback {

	private int port;

	private SubscriberRepository register;

	private Editions editions;

	private DeliveryRepository deliveries;

	private Newsdesk newsdesk;

	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		this.port = spring.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		this.register = spring.getBean(SubscriberRepository.class);
		this.editions = spring.getBean(Editions.class);
		this.deliveries = spring.getBean(DeliveryRepository.class);
		this.newsdesk = spring.getBean(Newsdesk.class);
	}

	/** The port the site under test listens on. */
	int port() {
		return port;
	}

	SubscriberRepository register() {
		return register;
	}

	Editions editions() {
		return editions;
	}

	DeliveryRepository deliveries() {
		return deliveries;
	}

	Newsdesk newsdesk() {
		return newsdesk;
	}

}
