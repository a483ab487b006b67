package org.procedura.authorization.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a prior authorization stands with the payer: requested, then approved or denied; an
 * approved one may be marked expired (withdrawn or lapsed) before its last day.
 */
public enum AuthorizationStatus {
  REQUESTED,
  APPROVED,
  DENIED,
  EXPIRED;

  private static final Map<AuthorizationStatus, Set<AuthorizationStatus>> NEXT =
      Map.of(
          REQUESTED, EnumSet.of(APPROVED, DENIED),
          APPROVED, EnumSet.of(EXPIRED),
          DENIED, EnumSet.noneOf(AuthorizationStatus.class),
          EXPIRED, EnumSet.noneOf(AuthorizationStatus.class));

  public boolean mayBecome(AuthorizationStatus next) {
    return NEXT.get(this).contains(next);
  }
}
