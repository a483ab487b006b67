package org.procedura.patient.model;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.procedura.shared.model.Check;

/** The clinic's identifier for a patient: 4 to 20 capital letters, digits or hyphens. */
public record MedicalRecordNumber(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,18}[A-Za-z0-9]");

  public MedicalRecordNumber {
    value = Check.text(value, "mrn", 20);
    // the shape is checked before upper-casing, which would turn some non-ASCII letters into ASCII
    Check.matching(value, SHAPE, "mrn", "4 to 20 letters, digits or inner hyphens");
    value = value.toUpperCase(Locale.ROOT);
  }

  /** A new number for a patient registered without one: "P" and nine digits. */
  public static MedicalRecordNumber assign(RandomGenerator random) {
    return new MedicalRecordNumber("P%09d".formatted(random.nextInt(1_000_000_000)));
  }

  @Override
  public String toString() {
    return value;
  }
}
