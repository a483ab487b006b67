package org.procedura.api.reports;

import java.time.LocalDate;
import java.util.List;

/** Utilisation of every room or clinician over a range of clinic days. */
public record UtilisationReport(
    ResourceKind resource,
    ReportPeriod period,
    LocalDate from,
    LocalDate to,
    List<UtilisationRowDto> rows) {}
