package org.procedura.messaging.model;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * The words of one kind of message in one language, with placeholders such as {@code {when}} filled
 * in when it is sent. Only the placeholders in {@link #PLACEHOLDERS} may appear.
 */
public record MessageTemplate(MessageKind kind, String language, String subject, String body) {
  public static final Set<String> PLACEHOLDERS =
      Set.of("givenName", "when", "what", "where", "clinic", "holds", "lead");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  public MessageTemplate {
    Check.present(kind, "kind");
    Check.matching(Check.text(language, "language", 2), LANGUAGE, "language", "a language code");
    subject = Check.text(subject, "subject", 200);
    body = Check.text(body, "body", 4000);
    requireKnownPlaceholders(subject, "subject");
    requireKnownPlaceholders(body, "body");
  }

  public String subjectWith(Map<String, String> values) {
    return fill(subject, values);
  }

  public String bodyWith(Map<String, String> values) {
    return fill(body, values);
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.getOrDefault(matcher.group(1), "");
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private static void requireKnownPlaceholders(String text, String field) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!PLACEHOLDERS.contains(matcher.group(1))) {
        throw new InvalidInputException(
            field, "unknown placeholder {" + matcher.group(1) + "}; known: " + PLACEHOLDERS);
      }
    }
  }
}
