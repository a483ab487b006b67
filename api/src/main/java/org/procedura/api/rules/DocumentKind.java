package org.procedura.api.rules;

/** The documents payer rules ask to have on file. */
public enum DocumentKind {
  PSYCHOLOGICAL_EVALUATION,
  PRIOR_AUTHORIZATION
}
