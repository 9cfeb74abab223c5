package org.kiosque;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features reach each other only through their public services and events, never their
 * insides.
 */
class ModularityTests {

	@Test
	void featuresDependOnlyOnEachOthersPublicParts() {
		ApplicationModules.of(KiosqueApplication.class).verify();
	}

}
