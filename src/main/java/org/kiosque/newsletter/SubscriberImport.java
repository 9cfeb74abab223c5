package org.kiosque.newsletter;

import org.kiosque.site.EmailAddress;
import org.kiosque.site.MailTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kiosque.site.MailTokens;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports subscribers who consented on a previous platform: one address per line,
 * optionally {@code ,name}; a header line is allowed. All or nothing: one bad line and
 * the file is refused, with every bad line reported by number.
 */
@Component
class SubscriberImport {

	private final SubscriberRepository register;

	private final Labels labels;

	private final Clock clock;

	SubscriberImport(SubscriberRepository register, Labels labels, Clock clock) {
		this.register = register;
		this.labels = labels;
		this.clock = clock;
	}

	@Transactional
	ImportReport run(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		Map<String, @Nullable String> people = new LinkedHashMap<>();
		List<String> bad = new ArrayList<>();
		int skipped = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).replace("\uFEFF", "").strip();
			if (line.isEmpty()) {
				continue;
			}
			int comma = line.indexOf(',');
			String address = unquote(comma < 0 ? line : line.substring(0, comma));
			String name = comma < 0 ? null : unquote(line.substring(comma + 1));
			var email = EmailAddress.valid(address).map(EmailAddress::value);
			if (email.isEmpty()) {
				if (i == 0 && !address.contains("@")) {
					continue; // a header such as "email,name"
				}
				bad.add(labels.get("newsletter.import.bad", i + 1, address));
				continue;
			}
			if (people.containsKey(email.get())) {
				skipped++;
				continue;
			}
			people.put(email.get(), name == null || name.isBlank() ? null : name);
		}
		if (!bad.isEmpty()) {
			return new ImportReport(0, 0, bad);
		}
		Instant now = clock.instant();
		int imported = 0;
		for (Map.Entry<String, @Nullable String> person : people.entrySet()) {
			if (register.byEmail(person.getKey()).isPresent()) {
				skipped++;
				continue;
			}
			register.insert(person.getKey(), person.getValue(), SubscriberStatus.CONFIRMED, "import", null,
					MailTokens.fresh(), now);
			imported++;
		}
		return new ImportReport(imported, skipped, List.of());
	}

	@Transactional
	Newsletter.Welcome welcome(String address, @Nullable String name, boolean dryRun) {
		var email = EmailAddress.valid(address).map(EmailAddress::value);
		if (email.isEmpty()) {
			return Newsletter.Welcome.INVALID;
		}
		if (register.byEmail(email.get()).isPresent()) {
			return Newsletter.Welcome.ALREADY_THERE;
		}
		if (!dryRun) {
			register.insert(email.get(), name == null || name.isBlank() ? null : name.strip(),
					SubscriberStatus.CONFIRMED, "import", null, MailTokens.fresh(), clock.instant());
		}
		return Newsletter.Welcome.ADDED;
	}

	private static String unquote(String s) {
		String t = s.strip();
		return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1).strip() : t;
	}

}
