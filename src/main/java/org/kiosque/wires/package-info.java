/**
 * Wires: agency copy that flows in by itself. Sources (a feed polled at an interval, a
 * folder where files are dropped) deliver <em>items</em> in the agencies' own formats
 * (the seed's text form, IPTC NewsML-G2, ninjs, NITF, RSS/Atom); each format reads its
 * bytes into {@link org.kiosque.wires.WireItem}s, and the ingest files them on the desk.
 * <p>
 * Words: a <em>source</em> is one configured feed or folder; a <em>provider</em> the
 * agency or feed that names the items; an item's <em>identity</em> is its provider plus
 * its <em>GUID</em>; a <em>version</em> a later delivery of the same item; a
 * <em>clash</em> a new version touching what the newsroom changed, its text kept
 * <em>pending</em> until an editor takes it or keeps the newsroom's text; a
 * <em>withdrawal</em> (pubStatus canceled or withheld, a kill notice) takes an item back;
 * an <em>embargo</em> is the instant before which nobody may see the item; an
 * <em>editor's note</em> (edNote) is for the newsroom only; an <em>awaited picture</em>
 * is the lead picture a folder item named before its file reached the folder.
 */
@NullMarked
package org.kiosque.wires;

import org.jspecify.annotations.NullMarked;
