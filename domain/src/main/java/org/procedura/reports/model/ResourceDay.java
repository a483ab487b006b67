package org.procedura.reports.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A clinician's or room's minutes on one day of the clinic: booked (appointments holding their
 * time, turnover excluded) and used (those completed).
 */
public record ResourceDay(UUID resource, LocalDate day, long bookedMinutes, long usedMinutes) {}
