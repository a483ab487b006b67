package org.procedura.api.patient;

public enum AllergyKind {
  IODINATED_CONTRAST,
  LATEX,
  LOCAL_ANESTHETIC,
  OTHER
}
