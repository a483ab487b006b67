package org.procedura.api.reports;

import java.time.LocalDate;
import java.util.List;

/** No-shows and late cancellations of the appointments starting in a range of clinic days. */
public record AttendanceReport(
    LocalDate from,
    LocalDate to,
    List<AttendanceRowDto> rows,
    List<CancellationReasonDto> reasons) {}
