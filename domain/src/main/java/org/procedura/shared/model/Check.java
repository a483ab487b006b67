package org.procedura.shared.model;

import java.util.regex.Pattern;

/** Guards for the compact constructors of value objects; each failure names the field. */
public final class Check {
  private Check() {}

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, field + " is required");
    }
    return value;
  }

  /** Trims the text and refuses it when blank or longer than {@code maxLength}. */
  public static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, field + " is required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new InvalidInputException(
          field, field + " must be at most " + maxLength + " characters");
    }
    return trimmed;
  }

  /** Like {@link #text} but a blank value means "none" and becomes null. */
  public static String optionalText(String value, String field, int maxLength) {
    return value == null || value.isBlank() ? null : text(value, field, maxLength);
  }

  /** Refuses a collection holding null, which would otherwise fail later as a defect. */
  public static <C extends java.util.Collection<?>> C noNulls(C values, String field) {
    if (values.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidInputException(field, field + " must not contain empty entries");
    }
    return values;
  }

  public static String matching(String value, Pattern pattern, String field, String expected) {
    if (!pattern.matcher(value).matches()) {
      throw new InvalidInputException(field, field + " must be " + expected);
    }
    return value;
  }
}
