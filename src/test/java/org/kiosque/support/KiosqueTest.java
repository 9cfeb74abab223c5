package org.kiosque.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole Kiosque on a random port, over its real HTTP stack, with a real SMTP server
 * (GreenMail, see {@link Mailbox}). The database is H2 by default; Maven's second test
 * run ({@code postgres-tests}) runs the same classes on the local PostgreSQL.
 * <p>
 * All test classes share one application context (Spring caches it), so tests must not
 * assume an empty database: they make their own articles, readers and addresses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
public @interface KiosqueTest {

}
