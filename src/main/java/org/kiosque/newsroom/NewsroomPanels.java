package org.kiosque.newsroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kiosque.account.NewsroomAccess;
import org.kiosque.web.NewsroomPanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The dashboard's panels: every feature's {@link NewsroomPanel} whose desk the signed-in
 * person may open, in order. A panel that fails is left out (and logged) rather than
 * taking the newsroom's home down with it.
 */
@Component
class NewsroomPanels {

	private static final Logger log = LoggerFactory.getLogger(NewsroomPanels.class);

	private final List<NewsroomPanel> panels;

	private final NewsroomAccess access;

	NewsroomPanels(List<NewsroomPanel> panels, NewsroomAccess access) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(NewsroomPanel::order)).toList();
		this.access = access;
	}

	/** The panels of the person signed in on the current request, as they stand now. */
	List<NewsroomPanel.View> ofCurrentPerson() {
		List<NewsroomPanel.View> shown = new ArrayList<>();
		for (NewsroomPanel panel : panels) {
			if (!access.mayOpen(panel.path())) {
				continue;
			}
			try {
				shown.add(panel.view());
			}
			catch (RuntimeException e) {
				log.warn("The dashboard panel of {} failed", panel.path(), e);
			}
		}
		return shown;
	}

}
