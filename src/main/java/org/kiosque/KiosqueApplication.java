package org.kiosque;

import org.kiosque.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration;

/**
 * Kiosque starts as the web server when its arguments are settings only
 * ({@code --name=value}, or none at all); as soon as one argument is anything else it is
 * a one-shot command ({@code import}, {@code user}, {@code newsletter}...) that shares
 * the server's settings and database but opens no port, or a usage error
 * ({@link Commands#run}), never the server.
 *
 * <p>
 * Left out of the auto-configuration, because nothing in Kiosque uses them and each costs
 * every start beans and classes
 * (docs/operations.md#start-what-happens-before-up-and-after): the certificate checks of
 * SSL bundles (a health contributor and the {@code ssl.chains} metrics: TLS ends at the
 * reverse proxy, Kiosque has no bundle), and the actuator's Jackson 2 mapper (the
 * endpoints write their JSON with Jackson 3; Jackson 2 is on the class path for Flyway
 * only).
 */
@SpringBootApplication(exclude = { SslHealthContributorAutoConfiguration.class, SslMetricsAutoConfiguration.class,
		Jackson2EndpointAutoConfiguration.class })
@ConfigurationPropertiesScan
public class KiosqueApplication {

	public static void main(String[] args) {
		if (Commands.isCommand(args)) {
			System.exit(Commands.run(KiosqueApplication.class, args));
		}
		SpringApplication.run(KiosqueApplication.class, args);
	}

}
