package org.procedura.api.reports;

/** A utilisation row's span: a clinic day, or an ISO week starting on Monday. */
public enum ReportPeriod {
  DAY,
  WEEK
}
