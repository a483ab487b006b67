package org.procedura.api.catalog;

public enum Sedation {
  LOCAL_ONLY,
  MINIMAL,
  MODERATE,
  MONITORED_ANESTHESIA_CARE,
  GENERAL
}
