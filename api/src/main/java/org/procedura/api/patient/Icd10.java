package org.procedura.api.patient;

/** The shape of an ICD-10 code as requests accept it. */
public final class Icd10 {
  public static final String PATTERN = "[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?";
  public static final String MESSAGE =
      "must be an ICD-10 code: letter, digit, digit or letter, e.g. M54.16";

  private Icd10() {}
}
