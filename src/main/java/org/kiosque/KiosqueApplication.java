package org.kiosque;

import org.kiosque.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kiosque starts as the web server when its arguments are settings only
 * ({@code --name=value}, or none at all); as soon as one argument is anything else it is
 * a one-shot command ({@code import}, {@code user}, {@code newsletter}...) that shares
 * the server's settings and database but opens no port, or a usage error
 * ({@link Commands#run}), never the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KiosqueApplication {

	public static void main(String[] args) {
		if (Commands.isCommand(args)) {
			System.exit(Commands.run(KiosqueApplication.class, args));
		}
		SpringApplication.run(KiosqueApplication.class, args);
	}

}
