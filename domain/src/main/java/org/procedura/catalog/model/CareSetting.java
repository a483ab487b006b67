package org.procedura.catalog.model;

/** Where, as an outpatient, the procedure may be done. */
public enum CareSetting {
  OFFICE,
  AMBULATORY_SURGERY_CENTER,
  HOSPITAL_OUTPATIENT
}
