package org.kiosque.site;

/**
 * An admin saved or reset a setting in the newsroom ({@link SavedSettings}): what keeps a
 * copy made with the old value (page copies, sitemaps, cached articles) drops it after
 * the commit on this node; other nodes hear of it through the change log
 * ({@link ChangedElsewhere}).
 *
 * @param name the setting's name ({@code site.name}, {@code comments.moderation})
 */
public record SiteSettingChanged(String name) implements SharedChange {

	@Override
	public String subject() {
		return name;
	}

}
