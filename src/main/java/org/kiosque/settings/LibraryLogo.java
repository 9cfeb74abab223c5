package org.kiosque.settings;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;

import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Pictures;
import org.kiosque.media.Rendition;
import org.kiosque.site.CacheSettings;
import org.kiosque.site.ChangedElsewhere;
import org.kiosque.site.SiteSettingChanged;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.SiteLogo;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The logo chosen on the settings page, a picture of the media library: the masthead
 * shows its narrowest rendition in its own proportions, the icons are its square
 * renditions ({@link Crop#SQUARE}, JPEG, {@link PictureRef#WIDTHS} it can fill), and the
 * site's PNG icons ({@link #iconPng}) are its widest square rendition scaled, made once
 * per logo and size. Every address changes with the picture and is cached a year.
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

	/** The PNG icons made, by picture, version and size: a new logo is a new key. */
	private final Cache<String, Optional<byte[]>> pngs = Caffeine.newBuilder().maximumSize(16).build();

	LibraryLogo(SiteSettings site, Pictures pictures, CacheSettings cache) {
		this.site = site;
		this.pictures = pictures;
		Duration ttl = cache.settingsTtl();
		this.images = Caffeine.newBuilder().maximumSize(10).expireAfterWrite(ttl).build();
	}

	/** A logo chosen or cropped anew on another node shows at once here too. */
	@EventListener
	void on(ChangedElsewhere change) {
		if (change.is(SiteSettingChanged.class)) {
			images.invalidateAll();
		}
	}

	@Override
	public Optional<Image> logo() {
		return site.logo().flatMap(id -> images.get(id, this::image));
	}

	@Override
	public Optional<byte[]> iconPng(int size) {
		return site.logo()
			.flatMap(pictures::find)
			.flatMap(ref -> pngs.get(ref.id() + "/" + ref.version() + "/" + size, key -> png(ref, size)));
	}

	/**
	 * The logo's widest square rendition (cut around its focal point by the media
	 * library) scaled to {@code size} pixels, as PNG.
	 */
	private Optional<byte[]> png(PictureRef ref, int size) {
		return pictures.renditionBytes(ref.widest(Crop.SQUARE)).map(jpeg -> {
			try {
				BufferedImage square = ImageIO.read(new ByteArrayInputStream(jpeg));
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				Thumbnails.of(square).forceSize(size, size).outputFormat("png").toOutputStream(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
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
