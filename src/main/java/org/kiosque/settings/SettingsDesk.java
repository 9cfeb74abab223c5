package org.kiosque.settings;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.media.PictureRef;
import org.kiosque.media.PictureRefused;
import org.kiosque.media.Pictures;
import org.kiosque.site.FormProblems;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SavedSetting;
import org.kiosque.site.SavedSettings;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.NewsroomLink;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.SiteLogo;
import org.kiosque.web.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /newsroom/settings} (admins, by the access rules): the site settings, each with
 * its value in force and where it comes from (the properties, or saved here by whom and
 * when). Saving keeps only what changed, all of it or nothing: a value refused comes back
 * with why, 422, as typed. {@code /newsroom/settings/reset} forgets one saved value;
 * {@code /newsroom/settings/logo} takes an uploaded logo into the media library.
 */
@Controller
class SettingsDesk {

	static final String PATH = "/newsroom/settings";

	private final SettingValues values;

	private final SavedSettings saved;

	private final TransactionTemplate transactions;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	private final Pictures pictures;

	private final SiteLogo logo;

	SettingsDesk(SettingValues values, SavedSettings saved, TransactionTemplate transactions, CurrentReader current,
			PageLayout layout, Labels labels, NewspaperDates dates, Pictures pictures, SiteLogo logo) {
		this.pictures = pictures;
		this.logo = logo;
		this.values = values;
		this.saved = saved;
		this.transactions = transactions;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping({ PATH, PATH + "/" })
	String show(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		return page(values.current(), done == null ? null : labels.get("settings.saved"), FormProblems.Shown.none(),
				request, model);
	}

	@PostMapping(PATH)
	String save(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		SettingValues.Changes read = values.read(form);
		if (!read.problems().isEmpty()) {
			response.setStatus(422);
			Map<Setting, String> typed = values.current();
			for (Setting setting : Setting.values()) {
				if (form.containsKey(setting.field())) {
					typed.put(setting, form.get(setting.field()));
				}
			}
			return page(typed, null, read.problems().shown(key -> labels.get(key)), request, model);
		}
		String by = admin();
		transactions.executeWithoutResult(status -> read.changes().forEach((name, value) -> {
			if (value.isEmpty() && name.equals(SiteSettings.LOGO)) {
				// No logo is the default: nothing saved, the name shows.
				saved.reset(name);
			}
			else {
				saved.save(name, value, by);
			}
		}));
		return "redirect:" + PATH + "?done";
	}

	/**
	 * A logo uploaded from the settings page: it joins the media library and becomes the
	 * logo. A file the library refuses comes back with why (its status: 413, 415, 422).
	 */
	@PostMapping(PATH + "/logo")
	String logo(@RequestParam(required = false) @Nullable MultipartFile file, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(422);
			return page(values.current(), null,
					new FormProblems.Shown(Map.of("logo-file", labels.get("settings.problem.logo-file"))), request,
					model);
		}
		Long uploader = current.get().map(ReaderIdentity::id).orElse(null);
		try (InputStream in = file.getInputStream()) {
			PictureRef ref = pictures.upload(String.valueOf(file.getOriginalFilename()), in, uploader);
			saved.save(SiteSettings.LOGO, String.valueOf(ref.id()), admin());
			return "redirect:" + PATH + "?done";
		}
		catch (PictureRefused refused) {
			response.setStatus(refused.reason().status());
			return page(values.current(), null,
					new FormProblems.Shown(Map.of("logo-file", pictures.explain(refused, labels))), request, model);
		}
	}

	@PostMapping(PATH + "/reset")
	String reset(@RequestParam(defaultValue = "") String reset) {
		Setting setting = Setting.savedAs(reset).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		saved.reset(setting.savedAs());
		return "redirect:" + PATH + "?done";
	}

	@Bean
	static NewsroomLink settingsLink() {
		return new NewsroomLink("settings.menu", PATH, 895);
	}

	/** The logo's upload takes a file; every other path refuses them. */
	@Bean
	static UploadPath logoUpload() {
		return new UploadPath(PATH + "/logo");
	}

	private String admin() {
		return current.get().map(ReaderIdentity::email).orElse("?");
	}

	private String page(Map<Setting, String> shown, @Nullable String notice, FormProblems.Shown problems,
			HttpServletRequest request, Model model) {
		Map<Setting, String> defaults = values.defaults();
		Map<String, SavedSetting> all = saved.all();
		List<SettingRow> rows = new ArrayList<>();
		for (Setting setting : Setting.values()) {
			SavedSetting here = all.get(setting.savedAs());
			String origin = here == null ? labels.get("settings.origin.default")
					: labels.get("settings.origin.saved", here.changedBy(), dates.dayAndTime(here.changedAt()));
			rows.add(new SettingRow(setting.field(), setting.savedAs(), labels.get(setting.labelKey()),
					shown.getOrDefault(setting, ""), defaults.get(setting), here != null, origin));
		}
		List<String> zones = new ArrayList<>(SettingValues.ZONES);
		String zone = shown.get(Setting.TIME_ZONE);
		if (zone != null && !zone.isBlank() && !zones.contains(zone)) {
			zones.addFirst(zone);
		}
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("settings.title"), null, null)));
		model.addAttribute("rows", rows);
		model.addAttribute("zones", zones);
		model.addAttribute("logo", logo.logo().orElse(null));
		model.addAttribute("uploadHelp", pictures.explainLimits(labels));
		model.addAttribute("notice", notice);
		model.addAttribute("problems", problems);
		return "settings/desk";
	}

}
