package org.kiosque.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The front page's tables ({@code front_page_pin}, {@code front_page_block}) and the
 * section pages' leads ({@code section_lead}).
 */
@Repository
class FrontPageRepository {

	private final JdbcClient jdbc;

	FrontPageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The pinned articles' ids, lead first. */
	List<Long> pins() {
		return jdbc.sql("SELECT article_id FROM front_page_pin ORDER BY position").query(Long.class).list();
	}

	/** The blocks in the editors' order, with their sections. */
	List<FrontPageBlock> blocks() {
		return jdbc
			.sql("SELECT s.id, s.slug, s.name, b.size FROM front_page_block b JOIN section s ON s.id = b.section_id"
					+ " ORDER BY b.position")
			.query((rs, n) -> new FrontPageBlock(
					new SectionRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")), rs.getInt("size")))
			.list();
	}

	/** Replaces the whole choice; the caller holds the transaction. */
	void replace(List<Long> pins, List<BlockChoice> blocks) {
		jdbc.sql("DELETE FROM front_page_pin").update();
		jdbc.sql("DELETE FROM front_page_block").update();
		for (int i = 0; i < pins.size(); i++) {
			jdbc.sql("INSERT INTO front_page_pin (position, article_id) VALUES (:position, :article)")
				.param("position", i)
				.param("article", pins.get(i))
				.update();
		}
		for (int i = 0; i < blocks.size(); i++) {
			jdbc.sql("INSERT INTO front_page_block (position, section_id, size) VALUES (:position, :section, :size)")
				.param("position", i)
				.param("section", blocks.get(i).sectionId())
				.param("size", blocks.get(i).size())
				.update();
		}
	}

	/** The section pages' chosen lead stories: article id by section id. */
	Map<Long, Long> sectionLeads() {
		Map<Long, Long> leads = new LinkedHashMap<>();
		jdbc.sql("SELECT section_id, article_id FROM section_lead ORDER BY section_id")
			.query((rs, n) -> leads.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return leads;
	}

	/** The lead story chosen for section {@code sectionId}, if one was. */
	Optional<Long> sectionLead(long sectionId) {
		return jdbc.sql("SELECT article_id FROM section_lead WHERE section_id = :section")
			.param("section", sectionId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Replaces the section pages' lead stories (article id by section id); the caller
	 * holds the transaction.
	 */
	void replaceSectionLeads(Map<Long, Long> leads) {
		jdbc.sql("DELETE FROM section_lead").update();
		leads.forEach((section, article) -> jdbc
			.sql("INSERT INTO section_lead (section_id, article_id) VALUES (:section, :article)")
			.param("section", section)
			.param("article", article)
			.update());
	}

	/** A block as the editors chose it: a section's id and how many stories. */
	record BlockChoice(long sectionId, int size) {
	}

}
