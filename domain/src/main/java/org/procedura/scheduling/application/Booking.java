package org.procedura.scheduling.application;

import org.procedura.scheduling.model.Appointment;

/** A booked appointment, and whether it was booked by an earlier request with the same key. */
public record Booking(Appointment appointment, boolean replayed) {}
