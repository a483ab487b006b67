package org.procedura.api.authorization;

/** Where a prior authorization stands with the payer. */
public enum AuthorizationStatus {
  REQUESTED,
  APPROVED,
  DENIED,
  EXPIRED
}
