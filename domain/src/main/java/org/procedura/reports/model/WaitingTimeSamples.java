package org.procedura.reports.model;

import java.time.LocalDate;
import java.util.List;

/** The daily samples of the wait to the first free slot, one per procedure type and day. */
public interface WaitingTimeSamples {

  /** Keeps the sample unless that type was already sampled that day; true when kept. */
  boolean record(WaitingTimeSample sample);

  /** The samples taken from {@code from} to {@code to}, by type and day. */
  List<WaitingTimeSample> between(LocalDate from, LocalDate to);
}
