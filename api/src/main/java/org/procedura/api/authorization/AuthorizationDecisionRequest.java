package org.procedura.api.authorization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The payer's decision on a requested authorization (APPROVED with its number, or DENIED), or the
 * end of an approved one (EXPIRED).
 *
 * @param note why, e.g. the payer's reason for a denial
 */
public record AuthorizationDecisionRequest(
    @NotNull AuthorizationStatus status,
    @Size(max = 60) String number,
    @Size(max = 500) String note) {}
