package org.kiosque.reading;

/**
 * Which article ids the public may read, for the beacon, which arrives with nothing but
 * an id. The article feature provides it (reading does not know articles); answers come
 * from memory, not from a database query per request.
 */
public interface PublishedArticles {

	boolean isPublished(long articleId);

}
