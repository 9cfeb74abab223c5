package org.kiosque.settings;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Pictures;
import org.kiosque.media.Rendition;
import org.kiosque.site.CacheSettings;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.SiteLogo;
import org.springframework.stereotype.Component;

/**
 * The logo chosen on the settings page, a picture of the media library: the masthead
 * shows its narrowest rendition in its own proportions, the icons are its square
 * renditions ({@link Crop#SQUARE}, JPEG, {@link PictureRef#WIDTHS} it can fill). Every
 * address is a rendition's, which changes with the picture and is cached a year.
 * <p>
 * Asked on every page, so a picture's reference is kept for
 * {@code kiosque.cache.settings-ttl}: a picture deleted or cropped anew shows within
 * that. A logo whose picture is gone is no logo (the name shows).
 */
@Component
class LibraryLogo implements SiteLogo {

	private final SiteSettings site;

	private final Pictures pictures;

	private final Cache<Long, Optional<Image>> images;

	LibraryLogo(SiteSettings site, Pictures pictures, CacheSettings cache) {
		this.site = site;
		this.pictures = pictures;
		Duration ttl = cache.settingsTtl();
		this.images = Caffeine.newBuilder().maximumSize(10).expireAfterWrite(ttl).build();
	}

	@Override
	public Optional<Image> logo() {
		return site.logo().flatMap(id -> images.get(id, this::image));
	}

	private Optional<Image> image(long id) {
		return pictures.find(id).map(LibraryLogo::image);
	}

	static Image image(PictureRef ref) {
		int width = ref.widths(Crop.FULL).getFirst();
		Rendition shown = ref.rendition(Crop.FULL, width, Rendition.Format.JPEG);
		List<Icon> icons = ref.widths(Crop.SQUARE)
			.stream()
			.map(w -> new Icon(ref.rendition(Crop.SQUARE, w, Rendition.Format.JPEG).path(), w,
					Rendition.Format.JPEG.mediaType()))
			.toList();
		return new Image(shown.path(), width, ref.heightAt(Crop.FULL, width), icons);
	}

}
