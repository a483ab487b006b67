package org.procedura.api.reports;

import java.time.LocalDate;
import java.util.List;

/** The daily samples of the wait to the first free slot, per procedure type, in a range of days. */
public record WaitingTimesReport(LocalDate from, LocalDate to, List<WaitingTimeRowDto> rows) {}
