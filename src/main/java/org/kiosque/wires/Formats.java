package org.kiosque.wires;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The agency formats this node reads (every {@link WireFormat} bean), asked in turn. */
@Component
class Formats {

	/** How much of a file a format sees to recognise it. */
	static final int HEAD = 4096;

	private final List<WireFormat> formats;

	Formats(List<WireFormat> formats) {
		this.formats = List.copyOf(formats);
	}

	/** The first format that recognises the file, if any. */
	Optional<WireFormat> of(String fileName, byte[] bytes) {
		byte[] head = bytes.length <= HEAD ? bytes : Arrays.copyOf(bytes, HEAD);
		return formats.stream().filter(f -> f.recognizes(fileName, head)).findFirst();
	}

}
