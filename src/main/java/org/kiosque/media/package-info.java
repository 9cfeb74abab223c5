/**
 * Pictures: upload, the newsroom's media library, the renditions served to readers.
 * <p>
 * Words: <em>picture</em> (an uploaded photo, with its <em>original</em> kept for the
 * newsroom only), <em>caption</em>, <em>credit</em>, <em>focal point</em>,
 * <em>rendition</em> (a served copy: a {@link org.kiosque.media.Crop} at a width in a
 * format, see {@link org.kiosque.media.Rendition}). Pages write addresses from a
 * {@link org.kiosque.media.PictureRef} alone; features that use pictures tell the library
 * where through {@link org.kiosque.media.PictureUses}.
 * <p>
 * Other features use {@link org.kiosque.media.Pictures} (upload, find, describe, focal
 * point, delete); originals are kept by a {@link org.kiosque.media.PictureStore} (the
 * database by default). Inside: {@code Inspection} (checks before decoding),
 * {@code Darkroom} (decoding in bounded slots, orientation, crops, JPEG with IPTC
 * rights), {@code Renditions} (each node's files, made once), {@code RenditionDesk}
 * (serving {@code /media/**}), {@code MediaLibrary} ({@code /newsroom/media}). See
 * {@code docs/pictures.md}.
 */
@NullMarked
package org.kiosque.media;

import org.jspecify.annotations.NullMarked;
