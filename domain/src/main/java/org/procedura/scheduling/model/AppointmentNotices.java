package org.procedura.scheduling.model;

/**
 * Told of every booking, move and cancellation inside its transaction, so that what it queues is
 * committed or rolled back with the change. Messaging implements it; scheduling knows nothing of
 * what it does.
 */
public interface AppointmentNotices {

  void booked(Appointment booked);

  void rescheduled(Appointment moved);

  void cancelled(Appointment cancelled);
}
