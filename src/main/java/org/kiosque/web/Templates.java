package org.kiosque.web;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.springframework.stereotype.Component;

/** Renders a feature's template as {@link Content}, to fill a {@link PageSlot}. */
@Component
public class Templates {

	/** Content that prints nothing; the layout leaves its slot out. */
	public static final Content EMPTY = new Content() {
		@Override
		public void writeTo(gg.jte.TemplateOutput output) {
		}

		@Override
		public boolean isEmptyContent() {
			return true;
		}
	};

	private final TemplateEngine engine;

	public Templates(TemplateEngine engine) {
		this.engine = engine;
	}

	/**
	 * @param name the template path under {@code src/main/jte}, e.g.
	 * {@code comment/thread.jte}
	 */
	public Content content(String name, Map<String, Object> params) {
		return output -> engine.render(name, params, output);
	}

}
