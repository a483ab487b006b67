package org.procedura.catalog.model;

import java.util.regex.Pattern;
import org.procedura.shared.model.Check;

/** The catalog's short name for a procedure type, e.g. {@code ESI_TF_LUMB}. */
public record ProcedureTypeCode(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  public ProcedureTypeCode {
    value = Check.text(value, "code", 40);
    Check.matching(value, SHAPE, "code", "2 to 40 capital letters, digits or underscores");
  }

  @Override
  public String toString() {
    return value;
  }
}
