package org.kiosque.site;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs run in the server, not in one-shot commands
 * ({@code kiosque.scheduling.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "kiosque.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Scheduling {

}
