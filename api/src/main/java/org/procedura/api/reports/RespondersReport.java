package org.procedura.api.reports;

import java.time.LocalDate;
import java.util.List;

/** Outcome figures of the procedures completed in a range of clinic days. */
public record RespondersReport(
    LocalDate from, LocalDate to, OutcomeGrouping groupBy, List<ResponderRowDto> rows) {}
