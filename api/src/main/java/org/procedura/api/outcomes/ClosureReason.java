package org.procedura.api.outcomes;

/** Why a missed follow-up was given up on. */
public enum ClosureReason {
  PATIENT_UNREACHABLE,
  PATIENT_DECLINED,
  PATIENT_DECEASED,
  CARE_TRANSFERRED,
  OTHER
}
