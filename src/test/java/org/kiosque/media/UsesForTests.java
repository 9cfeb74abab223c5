package org.kiosque.media;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A feature that uses pictures, as the articles will: the tests say which picture it uses
 * ({@link #use}); every other picture is unused.
 */
@Component
class UsesForTests implements PictureUses {

	private static final Map<Long, List<Use>> USES = new ConcurrentHashMap<>();

	static void use(long pictureId, Use use) {
		USES.put(pictureId, List.of(use));
	}

	static void release(long pictureId) {
		USES.remove(pictureId);
	}

	@Override
	public List<Use> of(long pictureId) {
		return USES.getOrDefault(pictureId, List.of());
	}

}
