package org.kiosque.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

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
 * <p>
 * A change is seen by the next search (a near-real-time reader reopened from the writer
 * when a search finds changes it has not seen: one reopen for many changes, none while
 * nobody searches) but reaches the disk only at the next {@link #commit()}: every
 * {@code kiosque.search.commit-interval} and at shutdown, not once per change (a commit
 * is an fsync, tens of milliseconds taken from the next save). A file,
 * {@code DATA/search/uncommitted}, exists while changes wait for their commit; found at
 * start, it says the last run ended without committing them ({@link #interrupted()}), and
 * the index is rebuilt from the database.
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

	/** One change at a time: the mark, the change, the reader's refresh. */
	private final ReentrantLock writing = new ReentrantLock();

	private final Path uncommittedMark;

	private final boolean interrupted;

	/**
	 * Whether the writer holds changes not yet committed; guarded by {@link #writing}.
	 */
	private boolean pending;

	/** Whether the writer holds changes the searches' reader has not seen. */
	private volatile boolean unseen;

	ArticleIndex(DataDirectory data) {
		try {
			Path folder = data.folder("search");
			this.uncommittedMark = folder.resolve("uncommitted");
			this.interrupted = Files.exists(uncommittedMark);
			this.directory = FSDirectory.open(folder);
			this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the search index", e);
		}
	}

	void put(PublishedArticle article) {
		write(() -> writer.updateDocument(new Term(ID, Long.toString(article.id())), document(article)));
	}

	private static Document document(PublishedArticle article) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
		doc.add(new TextField(HEADLINE, article.headline(), Field.Store.YES));
		doc.add(new TextField(TEXT, plainText(article), Field.Store.YES));
		doc.add(new StoredField(PATH, article.path()));
		doc.add(new LongPoint(PUBLISHED, article.publishedAt().toEpochMilli()));
		doc.add(new StoredField(PUBLISHED, article.publishedAt().toEpochMilli()));
		doc.add(new NumericDocValuesField(PUBLISHED, article.publishedAt().toEpochMilli()));
		return doc;
	}

	void remove(long articleId) {
		write(() -> writer.deleteDocuments(new Term(ID, Long.toString(articleId))));
	}

	/**
	 * Replaces the whole index with what {@code source} gives, committed; searches see
	 * the old index until the new one is complete.
	 * @return the number of articles indexed
	 */
	int replaceAll(Consumer<Consumer<PublishedArticle>> source) {
		writing.lock();
		try {
			markPending();
			writer.deleteAll();
			int[] count = { 0 };
			source.accept(article -> {
				try {
					writer.addDocument(document(article));
					count[0]++;
				}
				catch (IOException e) {
					throw new UncheckedIOException("Cannot write the search index", e);
				}
			});
			commitHeld();
			unseen = false;
			searchers.maybeRefreshBlocking();
			return count[0];
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the search index", e);
		}
		finally {
			writing.unlock();
		}
	}

	/**
	 * Writes the changes made since the last commit to disk (an fsync) and removes the
	 * {@code uncommitted} mark; nothing when there are none.
	 */
	void commit() {
		writing.lock();
		try {
			commitHeld();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot commit the search index", e);
		}
		finally {
			writing.unlock();
		}
	}

	/**
	 * Whether the previous run ended with changes that never reached the disk (a crash, a
	 * kill): the index may be behind the database and must be rebuilt.
	 */
	boolean interrupted() {
		return interrupted;
	}

	int size() {
		return writer.getDocStats().numDocs;
	}

	SearchResult search(String query, int page, int size) {
		Query parsed = parse(query);
		try {
			catchUp();
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

	/**
	 * Marks the index as holding uncommitted changes, then makes the change: the next
	 * search sees it ({@link #catchUp()}), the disk at the next commit.
	 */
	private void write(IndexAction action) {
		writing.lock();
		try {
			markPending();
			action.run();
			unseen = true;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the search index", e);
		}
		finally {
			writing.unlock();
		}
	}

	/**
	 * Reopens the searches' reader on the writer when changes were made since it was
	 * opened (a new small segment, no fsync). Not while a change or a rebuild is under
	 * way: a search then reads the reader it has, and never half a rebuild.
	 */
	private void catchUp() throws IOException {
		if (unseen && writing.tryLock()) {
			try {
				unseen = false;
				searchers.maybeRefreshBlocking();
			}
			finally {
				writing.unlock();
			}
		}
	}

	/**
	 * Before the first change after a commit: the mark is on disk (synced) before the
	 * change, so a crash before the commit always leaves it behind. One fsync per commit
	 * interval, not per change.
	 */
	private void markPending() throws IOException {
		if (pending) {
			return;
		}
		try (FileChannel mark = FileChannel.open(uncommittedMark, StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			mark.force(true);
		}
		// The new name is durable once its folder is synced (POSIX fsync(2) on a file
		// does not cover the folder's entry).
		try (FileChannel folder = FileChannel.open(uncommittedMark.getParent(), StandardOpenOption.READ)) {
			folder.force(true);
		}
		catch (IOException e) {
			// Some systems cannot open a folder for reading; the file's own sync remains.
		}
		pending = true;
	}

	private void commitHeld() throws IOException {
		if (!pending && !writer.hasUncommittedChanges()) {
			return;
		}
		writer.commit();
		Files.deleteIfExists(uncommittedMark);
		pending = false;
	}

	private interface IndexAction {

		void run() throws IOException;

	}

	@Override
	public void destroy() throws IOException {
		commit();
		searchers.close();
		writer.close();
		directory.close();
	}

}
