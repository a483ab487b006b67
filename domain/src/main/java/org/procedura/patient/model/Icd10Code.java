package org.procedura.patient.model;

import java.util.Locale;
import java.util.regex.Pattern;
import org.procedura.shared.model.Check;

/**
 * An ICD-10(-CM) diagnosis code, checked by its shape: a letter, a digit, a digit or letter (the
 * category, e.g. {@code M54}, {@code M1A}), then optionally up to four more digits or letters after
 * the dot (e.g. {@code M54.16}, {@code S32.010A}). Kept upper case with the dot, which may be left
 * out when typed ({@code m5416} is {@code M54.16}). Whether the code exists in the current code set
 * is not checked here.
 */
public record Icd10Code(String value) {
  private static final Pattern SHAPE =
      Pattern.compile("[A-Za-z][0-9][0-9A-Za-z](?:\\.?[0-9A-Za-z]{1,4})?");
  private static final int CATEGORY_LENGTH = 3;

  public Icd10Code {
    value = Check.text(value, "code", 8);
    Check.matching(
        value, SHAPE, "code", "an ICD-10 code: letter, digit, digit or letter, e.g. M54.16");
    String compact = value.replace(".", "").toUpperCase(Locale.ROOT);
    value =
        compact.length() == CATEGORY_LENGTH
            ? compact
            : compact.substring(0, CATEGORY_LENGTH) + "." + compact.substring(CATEGORY_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
