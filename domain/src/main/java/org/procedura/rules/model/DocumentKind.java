package org.procedura.rules.model;

/** Documents a payer may require on file before a procedure. */
public enum DocumentKind {
  PSYCHOLOGICAL_EVALUATION,
  PRIOR_AUTHORIZATION
}
