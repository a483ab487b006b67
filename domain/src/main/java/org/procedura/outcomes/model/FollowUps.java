package org.procedura.outcomes.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;

/** The follow-ups of every procedure. */
public interface FollowUps {

  Optional<FollowUp> find(FollowUpId id);

  /**
   * Stores a new follow-up or the changes to a loaded one, with its measures.
   *
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  FollowUp save(FollowUp followUp);

  List<FollowUp> ofProcedure(AppointmentId procedure);

  List<FollowUp> ofPatient(PatientId patient);

  /**
   * Follow-ups still due whose due day lies in {@code [from, to)}, by due day; of one physician's
   * procedures or, with a null physician, of the clinic.
   */
  List<FollowUp> dueBetween(LocalDate from, LocalDate to, ClinicianId physician);

  /** Follow-ups still due whose window closed before {@code day}. */
  List<FollowUp> stillDueWithWindowClosedBefore(LocalDate day);

  /**
   * Follow-ups marked missed and neither recorded late nor closed, the earliest due first; of one
   * physician's procedures or, with a null physician, of the clinic.
   */
  List<FollowUp> missed(ClinicianId physician);
}
