package org.kiosque;

import org.kiosque.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kiosque starts either as the web server or, when the first argument names a command
 * ({@code import}, {@code user}, {@code newsletter}, ...), as a one-shot command that
 * shares the server's settings and database but opens no port.
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
