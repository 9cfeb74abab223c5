package org.kiosque.wires;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.kiosque.ingest.Dispatch;
import org.kiosque.ingest.DispatchImport;
import org.kiosque.ingest.DispatchParser;
import org.kiosque.ingest.DispatchRejected;
import org.kiosque.site.SiteSettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The seed's text form (a news page flattened to text, read by {@link DispatchParser}),
 * as the {@code import} command reads it: provider {@code dispatch}, the GUID the
 * dispatch key (headline and day), no version number (a changed body under the same key
 * is a new version), first made at the dispatch's day in the site's time zone, the
 * trailing {@code [AFP]} tag as the agency. The doubled caption line becomes a picture
 * with a blank {@code href}: the picture of the same name beside the file, as
 * {@code import} finds it. Asked last: it takes {@code .txt} files and files without an
 * extension that are neither XML nor JSON.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DispatchWire implements WireFormat {

	private final SiteSettings site;

	DispatchWire(SiteSettings site) {
		this.site = site;
	}

	@Override
	public String name() {
		return "dépêche texte";
	}

	@Override
	public boolean recognizes(String fileName, byte[] head) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".txt")) {
			return true;
		}
		String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
		return !name.contains(".") && !start.startsWith("<") && !start.startsWith("{") && !start.startsWith("[");
	}

	@Override
	public List<WireItem> read(String fileName, byte[] bytes) throws WireRefused {
		Dispatch dispatch;
		try {
			dispatch = DispatchParser.parse(bytes);
		}
		catch (DispatchRejected e) {
			throw new WireRefused("dispatch", e.getMessage());
		}
		List<WirePicture> pictures = dispatch.caption() == null ? List.of()
				: List.of(new WirePicture("", dispatch.caption(), ""));
		return List.of(new WireItem("dispatch", DispatchImport.key(dispatch), 0, null, WireStatus.USABLE, null,
				dispatch.headline(), "", DispatchImport.markdown(dispatch.paragraphs()), "",
				dispatch.agency() == null ? "" : dispatch.agency(), List.of(), "", pictures, "fr",
				dispatch.date().atStartOfDay(site.timeZone()).toInstant()));
	}

}
