package org.waypoint.referral.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.waypoint.platform.web.RequestBodies;
import org.waypoint.referral.InvalidReferralException;

/** Bad input gets a 400 that says what to fix; nothing was written. */
@RestControllerAdvice(assignableTypes = ReferralController.class)
class ReferralErrors {

	record Problems(String error, List<String> problems) {
	}

	@ExceptionHandler(InvalidReferralException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Problems invalid(InvalidReferralException ex) {
		return new Problems("The referral was not taken", ex.problems());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Problems unreadable(HttpMessageNotReadableException ex) {
		return new Problems("The referral was not taken", List.of(RequestBodies.describe(ex.getCause())));
	}

}
