package org.procedura.outcomes.model;

/**
 * The outcome measures of docs/clinical-reference.md section 5. Absolute scales are compared with
 * the patient's pre-procedure baseline on the same scale; relative ones (percent relief, PGIC) are
 * already a comparison and need none.
 */
public enum Scale {
  /** Numeric rating scale of pain, 0 (none) to 10 (worst imaginable); lower is better. */
  NRS(false),
  /** The patient's own percent relief, 0 to 100; higher is better. */
  PERCENT_RELIEF(true),
  /** Oswestry Disability Index: 10 sections of 0 to 5, scored 0 to 100 %; lower is better. */
  ODI(false),
  /** Neck Disability Index: 10 items of 0 to 5, scored 0 to 50; lower is better. */
  NDI(false),
  /** PEG-3: mean of pain, enjoyment and general activity, each 0 to 10; lower is better. */
  PEG(false),
  /**
   * Patient Global Impression of Change, 1 (very much improved) to 7 (very much worse), 4 being no
   * change.
   */
  PGIC(true),
  /** Daily opioid use in morphine milligram equivalents; lower is better. */
  MME(false);

  private final boolean relative;

  Scale(boolean relative) {
    this.relative = relative;
  }

  /** True when the scale itself compares with before the procedure, so it needs no baseline. */
  public boolean relative() {
    return relative;
  }
}
