package org.procedura.api.common;

/** One invalid field of a request, listed under {@code errors} of a validation problem. */
public record FieldViolation(String field, String message) {}
