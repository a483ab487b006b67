package org.procedura.reports.model;

import org.procedura.scheduling.model.AppointmentStatus;

/**
 * How many appointments of one type ended in one status; for cancellations, whether they came late
 * (less notice than {@link Attendance#LATE_NOTICE}). {@code type} is the procedure type's code, or
 * the kind of visit.
 */
public record AttendanceCount(String type, AppointmentStatus status, boolean late, long count) {}
