package org.kiosque.web;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON that may be put inside an HTML {@code <script>} element as it is, such as JSON-LD
 * structured data. The only way to make one is {@link #of(Object)}, so a page cannot
 * embed JSON that was serialised the ordinary way.
 * <p>
 * Why: the HTML parser ends a script at {@code </script} and enters the "script data
 * escaped" states at {@code <!--} (HTML Living Standard, 13.2.5.4 onwards) whatever the
 * JSON means, so a headline holding {@code <!--<script>} would swallow the rest of the
 * page. Writing {@code <}, {@code >} and {@code &} as {@code \u003c}, {@code \u003e},
 * {@code \u0026} leaves no markup in the text at all while the JSON stays equal (RFC
 * 8259, section 7). U+2028 and U+2029 are escaped too: they end a line in JavaScript
 * before ES2019, and some consumers still parse JSON-LD as a script.
 */
public final class ScriptJson {

	private static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder()
			.characterEscapes(new ScriptEscapes())
			.disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
			.build())
		.build();

	private final String text;

	private ScriptJson(String text) {
		this.text = text;
	}

	/**
	 * Serialises {@code value} (maps, lists, records, strings, numbers...) with Jackson.
	 * @throws tools.jackson.core.JacksonException if Jackson cannot serialise the value
	 */
	public static ScriptJson of(Object value) {
		return new ScriptJson(MAPPER.writeValueAsString(value));
	}

	/** The JSON text, safe between {@code <script>} and {@code </script>}. */
	public String text() {
		return text;
	}

	@Override
	public String toString() {
		return text;
	}

	private static final class ScriptEscapes extends CharacterEscapes {

		private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

		static {
			ASCII['<'] = CharacterEscapes.ESCAPE_STANDARD;
			ASCII['>'] = CharacterEscapes.ESCAPE_STANDARD;
			ASCII['&'] = CharacterEscapes.ESCAPE_STANDARD;
		}

		private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");

		private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

		@Override
		public int[] getEscapeCodesForAscii() {
			return ASCII;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return switch (ch) {
				case 0x2028 -> LINE_SEPARATOR;
				case 0x2029 -> PARAGRAPH_SEPARATOR;
				default -> null;
			};
		}

	}

}
