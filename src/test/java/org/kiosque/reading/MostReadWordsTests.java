package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import gg.jte.output.StringOutput;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.Newsdesk;
import org.kiosque.site.CacheSettings;
import org.kiosque.site.Labels;
import org.kiosque.support.KiosqueTest;
import org.kiosque.web.PageContext;
import org.kiosque.web.Templates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * {@code Les plus lus} writes each count with the words it takes: {@code 1 lecture},
 * never {@code 1 lectures}. The box is the application's, with its articles, template and
 * labels; only the ranking is given, so that the counts are known whatever else the
 * shared database holds (the box over HTTP: {@link MostReadTests}).
 */
@KiosqueTest
class MostReadWordsTests {

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	Templates templates;

	@Autowired
	Labels labels;

	@Autowired
	CacheSettings cache;

	@Test
	void zeroAndOneReadTakeTheSingularTwoAndAThousandThePlural() {
		long run = System.nanoTime();
		var thousand = Readers.publish(newsdesk, "Mille lectures " + run, 0);
		var two = Readers.publish(newsdesk, "Deux lectures " + run, 0);
		var one = Readers.publish(newsdesk, "Une lecture " + run, 0);
		var none = Readers.publish(newsdesk, "Aucune lecture " + run, 0);
		MostRead ranking = mock(MostRead.class);
		when(ranking.ranking(eq(MostReadBox.DAY), anyInt())).thenReturn(List.of(new RankedArticle(thousand.id(), 1000),
				new RankedArticle(two.id(), 2), new RankedArticle(one.id(), 1), new RankedArticle(none.id(), 0)));
		when(ranking.ranking(eq(MostReadBox.WEEK), anyInt())).thenReturn(List.of());
		MostReadBox box = new MostReadBox(ranking, catalog, templates, labels, cache);

		StringOutput html = new StringOutput();
		box.render(new PageContext(new MockHttpServletRequest("GET", "/"), null, "/", null, true)).writeTo(html);

		assertThat(Jsoup.parse(html.toString()).select("ol.most-read-day li").eachText()).containsExactly(
				"Mille lectures " + run + " 1\u202f000 lectures", "Deux lectures " + run + " 2 lectures",
				"Une lecture " + run + " 1 lecture", "Aucune lecture " + run + " 0 lecture");
	}

}
