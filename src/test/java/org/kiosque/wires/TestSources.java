package org.kiosque.wires;

import java.util.List;

/** What the wire tests do with the sources they make in the shared database. */
final class TestSources {

	private TestSources() {
	}

	/**
	 * Sets each source inactive, its settings otherwise unchanged: the shared database
	 * keeps them, and nothing polls them again in the tests after.
	 * @param keys the sources' keys, as {@link WireSources#create} gave them
	 */
	static void stop(WireSources sources, List<String> keys) {
		for (String key : keys) {
			WireSource s = sources.find(key).orElseThrow();
			sources.edit(s.id(), new WireSources.Form(s.name(), s.kind().word(), s.location(), s.agency(), s.section(),
					s.tagLine(), s.publish() ? "publish" : "draft", "5", false));
		}
	}

}
