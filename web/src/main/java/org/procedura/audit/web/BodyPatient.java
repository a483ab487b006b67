package org.procedura.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patient a write names only in its JSON body (a booking's {@code patientId}), for the audit
 * entry whether the request was let through or not. The body is kept as it is read, up to the
 * largest body accepted; when nothing read it (security refused the request), the rest is read once
 * the answer is made. Only the one top-level field is looked for and nothing else of the body is
 * kept; a body that is not JSON, or a field that is not an id, names nobody.
 */
final class BodyPatient {
  private static final int CHUNK = 8 * 1024;

  private final int limit;
  private final JsonMapper json;

  BodyPatient(long largestBody, JsonMapper json) {
    this.limit = (int) Math.min(Integer.MAX_VALUE, largestBody);
    this.json = json;
  }

  /** The request as the chain should see it: its body kept as it is read. */
  HttpServletRequest keeping(HttpServletRequest request) {
    return new ContentCachingRequestWrapper(request, limit);
  }

  /** The patient named by the body's top-level field; null when none, or the body was not kept. */
  UUID named(HttpServletRequest request, String field) {
    var kept = WebUtils.getNativeRequest(request, ContentCachingRequestWrapper.class);
    if (kept == null || !isJson(request.getContentType())) {
      return null;
    }
    readRest(kept);
    return field(kept.getContentAsByteArray(), field);
  }

  /** Reads what nobody read, through the wrapper that keeps it; bounded by the limit. */
  private void readRest(ContentCachingRequestWrapper kept) {
    try {
      var in = kept.getInputStream();
      byte[] chunk = new byte[CHUNK];
      long read = 0;
      int n;
      while (read < limit && (n = in.read(chunk, 0, (int) Math.min(CHUNK, limit - read))) != -1) {
        read += n;
      }
    } catch (IOException | IllegalStateException unreadable) {
      // read as text, closed or cut off: what was kept is all there is
    }
  }

  /**
   * The field's last occurrence, as the request's own reading of the body takes it; the other
   * fields are skipped unread.
   */
  private UUID field(byte[] body, String field) {
    if (body.length == 0) {
      return null;
    }
    String value = null;
    try (JsonParser parser = json.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean wanted = field.equals(parser.currentName());
        JsonToken token = parser.nextToken();
        if (wanted) {
          value = token == JsonToken.VALUE_STRING ? parser.getString() : null;
        }
        parser.skipChildren();
      }
    } catch (JacksonException notJson) {
      // a body cut off at the limit still names the patient it named before the cut
    }
    return AuditEvents.uuid(value);
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.includes(type) || type.getSubtype().endsWith("+json");
    } catch (InvalidMediaTypeException notAType) {
      return false;
    }
  }
}
