package org.kiosque;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.kiosque.site.AfterCommit;
import org.kiosque.site.ChangeLog;
import org.kiosque.site.ChangedElsewhere;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Features reach each other only through their public services and events, never their
 * insides.
 */
class ModularityTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.kiosque");

	@Test
	void featuresDependOnlyOnEachOthersPublicParts() {
		ApplicationModules.of(KiosqueApplication.class).verify();
	}

	/**
	 * Articles are the core every other feature builds on: when article needs something
	 * of a feature downstream (read counts), it declares the interface and that feature
	 * implements it. Spring Modulith only forbids cycles; this forbids the first step of
	 * one.
	 */
	@Test
	void articlesDependOnNoFeatureBuiltOnThem() {
		noClasses().that()
			.resideInAPackage("org.kiosque.article..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.kiosque.reading..", "org.kiosque.comment..", "org.kiosque.newsletter..",
					"org.kiosque.search..", "org.kiosque.feed..", "org.kiosque.newsroom..")
			.check(MAIN);
	}

	/** The site's plumbing is used by every feature and uses none of them. */
	@Test
	void sitePlumbingDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.kiosque.site..")
			.should()
			.dependOnClassesThat(resideInAPackage("org.kiosque..").and(not(resideInAPackage("org.kiosque.site.."))))
			.check(MAIN);
	}

	/**
	 * A listener that drops a cache or a copy must run after the change is committed, or
	 * a concurrent request reloads the old row and keeps it: plain {@code @EventListener}
	 * methods are kept for lifecycle events named in the annotation (no parameter) and
	 * for drops handed to {@link AfterCommit} (no durable publication for a memory
	 * cache); drops on a change heard from another node ({@link ChangedElsewhere}, long
	 * committed) and the change log's own row, written in the transaction of the change
	 * ({@link ChangeLog}), are the other two exceptions.
	 */
	@Test
	void changesAreHeardAfterTheyAreCommitted() {
		methods().that()
			.areAnnotatedWith(org.springframework.context.event.EventListener.class)
			.should(new ArchCondition<JavaMethod>("take no parameter or hand their work to AfterCommit.run") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean lifecycle = method.getRawParameterTypes().isEmpty();
					boolean afterCommit = method.getMethodCallsFromSelf()
						.stream()
						.anyMatch(call -> call.getTargetOwner().isEquivalentTo(AfterCommit.class)
								&& call.getName().equals("run"));
					// Heard from the change log: committed, on another node, before it
					// was
					// read.
					boolean committedElsewhere = method.getRawParameterTypes().size() == 1
							&& method.getRawParameterTypes().getFirst().isEquivalentTo(ChangedElsewhere.class);
					// The change log's row belongs in the change's transaction, on
					// purpose.
					boolean logged = method.getOwner().isEquivalentTo(ChangeLog.class);
					if (!lifecycle && !afterCommit && !committedElsewhere && !logged) {
						events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " hears an event before its transaction commits"));
					}
				}
			})
			.check(MAIN);
	}

}
