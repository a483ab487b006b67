package org.procedura.outcomes.application;

import java.util.List;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.patient.model.PatientId;

/** A patient's course in the clinic: referrals, then each procedure with its measures over time. */
public record PatientTimeline(
    PatientId patient, List<ReferralHistory.Entry> referrals, List<ProcedureView> procedures) {}
