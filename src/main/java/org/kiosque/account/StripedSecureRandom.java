package org.kiosque.account;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes for masking CSRF tokens on every page view. One {@code SecureRandom} is
 * locked on each call, and every page asks it twice (comment form, newsletter box): under
 * load the request threads queued on that lock. Several independently seeded DRBG
 * instances, picked by thread, spread the load.
 */
final class StripedSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final transient SecureRandom[] stripes;

	StripedSecureRandom(int count) {
		stripes = new SecureRandom[count];
		for (int i = 0; i < count; i++) {
			try {
				stripes[i] = SecureRandom.getInstance("DRBG");
			}
			catch (NoSuchAlgorithmException e) {
				stripes[i] = new SecureRandom();
			}
		}
	}

	@Override
	public void nextBytes(byte[] bytes) {
		stripes[(int) (Thread.currentThread().threadId() % stripes.length)].nextBytes(bytes);
	}

}
