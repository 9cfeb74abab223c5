package org.kiosque.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
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
import org.apache.lucene.store.LockObtainFailedException;
import org.kiosque.article.ArchiveStretch;
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
 * is an fsync, tens of milliseconds taken from the next save). Each commit records, in
 * the commit itself (Lucene's commit user data), the change log's position its content
 * reflects ({@link #moveTo}): a node that stops, cleanly or not, reads on from there at
 * its next start, and loses nothing written after its last commit.
 */
class ArticleIndex implements DisposableBean {

	private static final String ID = "id";

	private static final String HEADLINE = "headline";

	private static final String TEXT = "text";

	private static final String PATH = "path";

	private static final String PUBLISHED = "published";

	/** The commit user data's key for the change log's position. */
	private static final String POSITION = "kiosque.change-log";

	/** The commit user data's key for a rebuild under way ({@link Rebuilding}). */
	private static final String REBUILDING = "kiosque.rebuilding";

	/**
	 * How much the writer holds in the heap before it writes a segment, in MB: Lucene's
	 * default. Only a rebuild fills it (a change at a time fills a few kB of it before
	 * the next commit writes them). 48 MB, tried for fewer segments to merge, made a
	 * rebuild of 100 000 articles no faster (65–71 s against 61–69 s) and its node 20–25
	 * MB larger at its peak (docs/benchmarks.md, "Footprint").
	 */
	private static final double RAM_BUFFER_MB = 16;

	/** The longest excerpt of a hit without matched words in its text, in characters. */
	private static final int OPENING = 200;

	private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

	private final NewsAnalyzer analyzer = new NewsAnalyzer();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** One change at a time: the change, the reader's refresh, the commit. */
	private final ReentrantLock writing = new ReentrantLock();

	/**
	 * The change log's position the next commit records; null while unknown (an index
	 * made anew, until its rebuild). Guarded by {@link #writing}.
	 */
	private @Nullable LogPosition position;

	/** The position the last commit recorded; guarded by {@link #writing}. */
	private @Nullable LogPosition committedPosition;

	/**
	 * The rebuild under way, which the next commit records; null when none (then
	 * {@link #position} is known, once the index has been built). Guarded by
	 * {@link #writing}.
	 */
	private @Nullable Rebuilding rebuilding;

	/** The rebuild the last commit recorded; guarded by {@link #writing}. */
	private @Nullable Rebuilding committedRebuilding;

	/** Whether the writer holds changes the searches' reader has not seen. */
	private volatile boolean unseen;

	/**
	 * Opens the index, or makes an empty one when there is none or it cannot be read (a
	 * damaged or too old index: it is rebuilt from the database, the source of truth).
	 */
	ArticleIndex(DataDirectory data) {
		try {
			this.directory = FSDirectory.open(data.folder("search"));
			IndexWriter opened;
			Map<String, String> known;
			try {
				known = DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData()
						: Map.of();
				opened = new IndexWriter(directory, config());
			}
			catch (LockObtainFailedException e) {
				throw e;
			}
			catch (IOException | RuntimeException e) {
				log.warn("Search index unreadable, made anew: {}", e.toString());
				known = Map.of();
				// Even a new index reads the old commit point first: the damaged files
				// go.
				for (String file : directory.listAll()) {
					if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
						directory.deleteFile(file);
					}
				}
				opened = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
			}
			this.writer = opened;
			this.position = known.containsKey(POSITION) ? LogPosition.parse(known.get(POSITION)) : null;
			this.committedPosition = position;
			this.rebuilding = known.containsKey(REBUILDING) ? Rebuilding.parse(known.get(REBUILDING)) : null;
			this.committedRebuilding = rebuilding;
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the search index", e);
		}
	}

	private IndexWriterConfig config() {
		return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB);
	}

	/**
	 * The change log's position the index holds every change up to (committed or not);
	 * empty for an index made anew, one written before the change log, or one whose
	 * rebuild is not finished ({@link #unfinished()}).
	 */
	Optional<LogPosition> position() {
		writing.lock();
		try {
			return Optional.ofNullable(position);
		}
		finally {
			writing.unlock();
		}
	}

	/** The rebuild under way or cut short, to go on with; empty when none. */
	Optional<Rebuilding> unfinished() {
		writing.lock();
		try {
			return Optional.ofNullable(rebuilding);
		}
		finally {
			writing.unlock();
		}
	}

	/**
	 * Says that the index now holds every change up to {@code seq}: the next commit
	 * records it.
	 */
	void moveTo(LogPosition seq) {
		writing.lock();
		try {
			position = seq;
		}
		finally {
			writing.unlock();
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
	 * Begins a whole rebuild, or goes on with one cut short: from the first article
	 * ({@code start.after()} 0: the index is emptied) or after {@code start.after()}
	 * (what the index holds up to it stays). Until {@link #finishRebuild()}, searches see
	 * the index as it was before (or, after a restart, as far as the rebuild got), and
	 * each commit records the rebuild instead of a position in the log.
	 */
	void startRebuild(Rebuilding start) {
		write(() -> {
			if (start.after() == 0) {
				writer.deleteAll();
			}
			position = null;
			rebuilding = start;
			// Changes made before are in the rebuild too: no search reopens the reader
			// on half of it meanwhile.
			unseen = false;
		}, false);
	}

	/**
	 * Adds the rebuild walk's next stretch of the archive, which follows the last one
	 * added: all its articles or none (one Lucene block), so that the rebuild's record
	 * ({@link Rebuilding#after()}, the stretch's last id) never leaves half a stretch to
	 * be added twice.
	 * @throws IllegalStateException when no rebuild is under way
	 */
	void addToRebuild(ArchiveStretch stretch) {
		write(() -> {
			Rebuilding under = rebuilding;
			if (under == null) {
				throw new IllegalStateException("No rebuild under way");
			}
			if (!stretch.articles().isEmpty()) {
				writer.addDocuments(stretch.articles().stream().map(ArticleIndex::document).toList());
			}
			rebuilding = under.through(stretch.lastId());
		}, false);
	}

	/**
	 * Ends the rebuild: the index holds every change up to the position the rebuild began
	 * from; committed, and searches see it whole.
	 * @throws IllegalStateException when no rebuild is under way
	 */
	void finishRebuild() {
		writing.lock();
		try {
			Rebuilding under = rebuilding;
			if (under == null) {
				throw new IllegalStateException("No rebuild under way");
			}
			position = under.from();
			rebuilding = null;
			commitHeld();
			unseen = false;
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the search index", e);
		}
		finally {
			writing.unlock();
		}
	}

	/**
	 * Writes the changes made since the last commit to disk (an fsync), with the change
	 * log's position; nothing when neither moved.
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
	 * Makes the change: the next search sees it ({@link #catchUp()}), the disk at the
	 * next commit.
	 */
	private void write(IndexAction action) {
		write(action, true);
	}

	/**
	 * Makes the change; {@code seen}: the next search sees it (a rebuild's pages are seen
	 * only once it is finished).
	 */
	private void write(IndexAction action, boolean seen) {
		writing.lock();
		try {
			action.run();
			if (seen) {
				unseen = true;
			}
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

	private void commitHeld() throws IOException {
		if (Objects.equals(position, committedPosition) && Objects.equals(rebuilding, committedRebuilding)
				&& !writer.hasUncommittedChanges()) {
			return;
		}
		Map<String, String> recorded = new HashMap<>();
		if (position != null) {
			recorded.put(POSITION, position.text());
		}
		if (rebuilding != null) {
			recorded.put(REBUILDING, rebuilding.text());
		}
		writer.setLiveCommitData(recorded.entrySet());
		writer.commit();
		committedPosition = position;
		committedRebuilding = rebuilding;
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
