package org.procedura.outcomes.application;

import java.util.List;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.patient.model.PatientId;

/**
 * A patient's course: referrals, each procedure done here with its measures over time, and the
 * procedures done at other clinics as their documents report them (current ones only, the earliest
 * first).
 */
public record PatientTimeline(
    PatientId patient,
    List<ReferralHistory.Entry> referrals,
    List<ProcedureView> procedures,
    List<OutsideProcedure> outsideProcedures) {}
