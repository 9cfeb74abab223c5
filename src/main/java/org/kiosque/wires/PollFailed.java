package org.kiosque.wires;

import java.io.Serial;

/** A poll of a source that failed as a whole (the feed unreachable, the folder gone). */
class PollFailed extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * @param reason why, in French, as the newsroom and the health show it
	 */
	PollFailed(String reason) {
		super(reason);
	}

}
