package org.kiosque.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link AddressMoved} for every handler, pages and feeds alike: {@code 301} with
 * a relative {@code Location} (the site never builds one from the client's {@code Host}),
 * no body.
 */
@RestControllerAdvice
class MovedAddresses {

	@ExceptionHandler(AddressMoved.class)
	ResponseEntity<Void> moved(AddressMoved moved, HttpServletRequest request) {
		String query = request.getQueryString();
		String location = moved.movedPath(request.getRequestURI()) + (query == null ? "" : "?" + query);
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, location).build();
	}

}
