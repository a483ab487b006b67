package org.procedura.outcomes.model;

/** Why a missed follow-up was given up on. */
public enum ClosureReason {
  PATIENT_UNREACHABLE,
  PATIENT_DECLINED,
  PATIENT_DECEASED,
  CARE_TRANSFERRED,
  OTHER
}
