package org.procedura.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procedura.shared.model.InvalidInputException;

/** Versions travel as strong ETags: {@code "3"}. */
public final class EntityTags {
  private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

  private EntityTags() {}

  public static String of(Long version) {
    return "\"" + (version == null ? 0 : version) + "\"";
  }

  /** The version an {@code If-Match} header names; required. */
  public static long versionFromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new VersionRequiredException();
    }
    Matcher matcher = TAG.matcher(ifMatch.strip());
    if (!matcher.matches()) {
      throw new InvalidInputException(
          "If-Match", "If-Match must be the ETag of the resource, e.g. \"3\"");
    }
    return Long.parseLong(matcher.group(1));
  }
}
