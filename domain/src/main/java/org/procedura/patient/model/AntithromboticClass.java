package org.procedura.patient.model;

/**
 * What a medication does to bleeding, in the classes of the ASRA Pain Medicine hold table
 * (docs/clinical-reference.md section 3): the hold before a procedure is looked up by this class.
 * NSAIDs are one class per drug because their half-lives, and so their holds, differ.
 */
public enum AntithromboticClass {
  ASPIRIN_PRIMARY_PREVENTION,
  ASPIRIN_SECONDARY_PREVENTION,
  NSAID_IBUPROFEN,
  NSAID_DICLOFENAC,
  NSAID_KETOROLAC,
  NSAID_NAPROXEN,
  NSAID_MELOXICAM,
  NSAID_PIROXICAM,
  WARFARIN,
  HEPARIN_UNFRACTIONATED,
  ENOXAPARIN_PROPHYLACTIC,
  ENOXAPARIN_THERAPEUTIC,
  CLOPIDOGREL,
  PRASUGREL,
  TICAGRELOR,
  APIXABAN,
  RIVAROXABAN,
  EDOXABAN,
  DABIGATRAN,
  /** None of the above: a medication with no hold before a procedure. */
  NOT_ANTITHROMBOTIC
}
