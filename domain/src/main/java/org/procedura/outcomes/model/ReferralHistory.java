package org.procedura.outcomes.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.patient.model.PatientId;

/** The referrals a patient came with, as the timeline shows them. */
public interface ReferralHistory {

  /** The patient's referrals, the earliest received first. */
  List<Entry> of(PatientId patient);

  record Entry(
      UUID id, LocalDate receivedOn, String status, String reason, String requestedProcedureType) {}
}
