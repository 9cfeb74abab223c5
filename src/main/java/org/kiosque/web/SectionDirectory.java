package org.kiosque.web;

import java.util.List;

/**
 * The site's sections as the navigation shows them. Implemented by the article feature;
 * declared here so that the layout needs no feature of its own.
 */
public interface SectionDirectory {

	List<Frame.Section> navigation();

}
