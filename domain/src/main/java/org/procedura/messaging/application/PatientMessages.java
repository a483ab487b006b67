package org.procedura.messaging.application;

import jakarta.transaction.Transactional;
import java.util.List;
import org.procedura.messaging.model.MessageRecord;
import org.procedura.messaging.model.Outbox;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.shared.model.NotFoundException;

/**
 * What became of the messages: those about one appointment, for the front desk ("was the
 * confirmation sent?"), and those given up, for administrators to follow up by telephone.
 */
public class PatientMessages {
  /** The most failures one answer lists. */
  public static final int FAILURES_LISTED = 200;

  private final Outbox outbox;
  private final Appointments appointments;

  public PatientMessages(Outbox outbox, Appointments appointments) {
    this.outbox = outbox;
    this.appointments = appointments;
  }

  @Transactional
  public List<MessageRecord> ofAppointment(AppointmentId appointment) {
    if (appointments.find(appointment).isEmpty()) {
      throw new NotFoundException("appointment", appointment);
    }
    return outbox.ofAppointment(appointment);
  }

  @Transactional
  public List<MessageRecord> failures() {
    return outbox.failures(FAILURES_LISTED);
  }
}
