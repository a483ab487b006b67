package org.procedura.api.catalog;

public enum CareSetting {
  OFFICE,
  AMBULATORY_SURGERY_CENTER,
  HOSPITAL_OUTPATIENT
}
