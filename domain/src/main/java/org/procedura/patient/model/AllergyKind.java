package org.procedura.patient.model;

/** The allergies that change how a procedure is done; anything else is OTHER, named in words. */
public enum AllergyKind {
  IODINATED_CONTRAST,
  LATEX,
  LOCAL_ANESTHETIC,
  OTHER
}
