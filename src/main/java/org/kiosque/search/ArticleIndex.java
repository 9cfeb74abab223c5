package org.kiosque.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kiosque.article.PublishedArticle;
import org.jspecify.annotations.Nullable;
import org.kiosque.site.DataDirectory;
import org.kiosque.site.Excerpt;
import org.kiosque.site.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The Lucene index of published articles, in {@code DATA/search/}. One writer per node.
 */
class ArticleIndex implements DisposableBean {

	private static final String ID = "id";

	private static final String HEADLINE = "headline";

	private static final String TEXT = "text";

	private static final String PATH = "path";

	private static final String PUBLISHED = "published";

	/** The longest excerpt of a hit without matched words in its text, in characters. */
	private static final int OPENING = 200;

	private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

	private final NewsAnalyzer analyzer = new NewsAnalyzer();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	ArticleIndex(DataDirectory data) {
		try {
			this.directory = FSDirectory.open(data.folder("search"));
			this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the search index", e);
		}
	}

	void put(PublishedArticle article) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
		doc.add(new TextField(HEADLINE, article.headline(), Field.Store.YES));
		doc.add(new TextField(TEXT, plainText(article), Field.Store.YES));
		doc.add(new StoredField(PATH, article.path()));
		doc.add(new LongPoint(PUBLISHED, article.publishedAt().toEpochMilli()));
		doc.add(new StoredField(PUBLISHED, article.publishedAt().toEpochMilli()));
		doc.add(new NumericDocValuesField(PUBLISHED, article.publishedAt().toEpochMilli()));
		write(() -> writer.updateDocument(new Term(ID, Long.toString(article.id())), doc));
	}

	void remove(long articleId) {
		write(() -> writer.deleteDocuments(new Term(ID, Long.toString(articleId))));
	}

	void clear() {
		write(writer::deleteAll);
	}

	int size() {
		return writer.getDocStats().numDocs;
	}

	SearchResult search(String query, int page, int size) {
		Query parsed = parse(query);
		try {
			searchers.maybeRefresh();
			IndexSearcher searcher = searchers.acquire();
			try {
				TopDocs top = searcher.search(parsed, page * size + 1);
				List<SearchResult.Hit> hits = new ArrayList<>();
				Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
						new SimpleHTMLEncoder(), new QueryScorer(parsed, TEXT));
				ScoreDoc[] docs = top.scoreDocs;
				for (int i = (page - 1) * size; i < Math.min(docs.length, page * size); i++) {
					Document doc = searcher.storedFields().document(docs[i].doc);
					hits.add(new SearchResult.Hit(Long.parseLong(doc.get(ID)), doc.get(HEADLINE), doc.get(PATH),
							Instant.ofEpochMilli(doc.getField(PUBLISHED).numericValue().longValue()),
							snippet(highlighter, Long.parseLong(doc.get(ID)), doc.get(TEXT))));
				}
				return new SearchResult(query, top.totalHits.value(), page, docs.length > page * size, hits);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Query parse(String query) {
		// The simple parser never throws on what a reader types (quotes, dashes, stray
		// +).
		BooleanQuery.Builder both = new BooleanQuery.Builder();
		both.add(new BoostQuery(parser(HEADLINE).parse(query), 2f), BooleanClause.Occur.SHOULD);
		both.add(parser(TEXT).parse(query), BooleanClause.Occur.SHOULD);
		return both.build();
	}

	private SimpleQueryParser parser(String field) {
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, field);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		return parser;
	}

	/**
	 * The hit's excerpt as HTML: the best fragments around the matched words, else the
	 * opening of its text; encoded once, here. Whatever goes wrong (a text the
	 * highlighter cannot take), the hit is shown without an excerpt, never as an error.
	 */
	private String snippet(Highlighter highlighter, long articleId, @Nullable String text) {
		if (text == null) {
			return "";
		}
		try {
			String best = highlighter.getBestFragments(analyzer.tokenStream(TEXT, text), text, 2, " … ");
			if (best != null && !best.isBlank()) {
				return best;
			}
			return new SimpleHTMLEncoder().encodeText(Excerpt.of(text, OPENING));
		}
		catch (IOException | InvalidTokenOffsetsException | RuntimeException e) {
			log.warn("Search hit {} shown without an excerpt: {}", articleId, e.toString());
			return "";
		}
	}

	/**
	 * The text searched and excerpted: the standfirst, then the body's text derived once
	 * from its HTML (entities decoded: the snippet encodes it, once).
	 */
	private static String plainText(PublishedArticle article) {
		String standfirst = article.standfirst() == null ? "" : article.standfirst() + " ";
		return PlainText.line(standfirst + PlainText.ofHtml(article.bodyHtml()));
	}

	private void write(IndexAction action) {
		try {
			action.run();
			writer.commit();
			searchers.maybeRefresh();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the search index", e);
		}
	}

	private interface IndexAction {

		void run() throws IOException;

	}

	@Override
	public void destroy() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
