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
 * assume an empty database: they make their own articles, readers and addresses. A class
 * that needs other settings asks for them per test (a {@code KiosqueNode}, a command's
 * own settings), not with {@code @TestPropertySource}, {@code @DynamicPropertySource},
 * {@code @MockitoBean} or {@code @DirtiesContext}: each of those starts another whole
 * application (docs/code.md, "Keeping the tests fast").
 * <p>
 * A class whose tests prove nothing the database could change (a browser's behaviour,
 * markup, headers, routes' access rules), and whose SQL other classes run on PostgreSQL,
 * carries {@code @Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)}: the PostgreSQL run leaves it
 * out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
public @interface KiosqueTest {

	/**
	 * The tag of the {@code @KiosqueTest} classes that run on H2 only (Maven's
	 * {@code postgres-tests} execution excludes it): what they prove is the same on every
	 * database.
	 */
	String SAME_ON_EVERY_DATABASE = "same-on-every-database";

}
