package org.procedura.api.common;

import java.net.URI;

/**
 * The stable {@code type} URIs of the Problem Details this API answers with. Clients switch on
 * these, never on the human-readable title or detail.
 */
public final class ProblemTypes {
  private static final String BASE = "https://procedura.org/problems/";

  public static final URI VALIDATION = URI.create(BASE + "validation");
  public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
  public static final URI NOT_FOUND = URI.create(BASE + "not-found");
  public static final URI CONFLICT = URI.create(BASE + "conflict");
  public static final URI STALE_VERSION = URI.create(BASE + "stale-version");
  public static final URI VERSION_REQUIRED = URI.create(BASE + "version-required");
  public static final URI UNPROCESSABLE = URI.create(BASE + "unprocessable");
  public static final URI RULE_VIOLATION = URI.create(BASE + "rule-violation");
  public static final URI ILLEGAL_TRANSITION = URI.create(BASE + "illegal-transition");
  public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
  public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
  public static final URI BAD_CREDENTIALS = URI.create(BASE + "bad-credentials");
  public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
  public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
  public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
  public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
  public static final URI INTERNAL = URI.create(BASE + "internal");

  private ProblemTypes() {}
}
