package org.procedura.catalog.model;

import java.util.regex.Pattern;
import org.procedura.shared.model.Check;

/** A CPT code: five digits, or four digits and F (category II) or T (category III). */
public record CptCode(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{4}[0-9FT]");

  public CptCode {
    Check.present(value, "cptCodes");
    Check.matching(value, SHAPE, "cptCodes", "five digits, or four digits and F or T");
  }

  @Override
  public String toString() {
    return value;
  }
}
