package org.kiosque.article;

public enum ArticleStatus {

	DRAFT, SCHEDULED, PUBLISHED

}
