package org.kiosque.article;

import java.util.Locale;
import java.util.Map;

/**
 * The wire agency an article comes from, printed the way the newspaper prints it: the
 * bracketed code at the end of the body ({@code [AA]}) and its full name where there is
 * room.
 */
public record Agency(String code) {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("AA", "Anadolu"),
			Map.entry("APS", "Algérie Presse Service"), Map.entry("AFP", "Agence France-Presse"),
			Map.entry("REUTERS", "Reuters"), Map.entry("AP", "Associated Press"),
			Map.entry("MAP", "Maghreb Arabe Presse"), Map.entry("TAP", "Tunis Afrique Presse"),
			Map.entry("APA", "Agence de presse africaine"), Map.entry("XINHUA", "Xinhua"), Map.entry("ANSA", "ANSA"),
			Map.entry("DPA", "Deutsche Presse-Agentur"), Map.entry("QNA", "Qatar News Agency"),
			Map.entry("WAFA", "WAFA"), Map.entry("SPA", "Saudi Press Agency"));

	public Agency {
		code = code.strip();
	}

	/** The agency's full name, or its code when it is not a known agency. */
	public String name() {
		return NAMES.getOrDefault(code.toUpperCase(Locale.ROOT), code);
	}

	/** As printed at the end of the body: {@code [AA]}. */
	public String tag() {
		return "[" + code + "]";
	}
}
