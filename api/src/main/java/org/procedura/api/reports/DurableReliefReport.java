package org.procedura.api.reports;

import java.time.LocalDate;
import java.util.List;

/** Durable relief of the procedures completed in a range of clinic days, per procedure type. */
public record DurableReliefReport(LocalDate from, LocalDate to, List<DurableReliefRowDto> rows) {}
