package org.procedura.api.reports;

/** What utilisation is reported for. */
public enum ResourceKind {
  ROOM,
  CLINICIAN
}
