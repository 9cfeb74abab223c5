package org.kiosque.site;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation: {@code kiosque.data-dir} and {@code kiosque.command}.
 *
 * @param dataDir the data directory: database, outbox, media, search index, logs
 * @param command {@code true} when the process runs one command-line command rather than
 * the server (set by the command line itself): background work and first-run notices stay
 * off
 */
@ConfigurationProperties("kiosque")
public record KiosqueSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean command) {
}
