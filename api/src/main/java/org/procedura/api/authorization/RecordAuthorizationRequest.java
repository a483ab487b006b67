package org.procedura.api.authorization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A prior authorization to record: requested of the payer, or already APPROVED under the payer's
 * number.
 *
 * @param status REQUESTED or APPROVED
 * @param number the payer's authorization number; required when APPROVED
 * @param terms what is asked for or approved
 */
public record RecordAuthorizationRequest(
    @NotNull AuthorizationStatus status,
    @Size(max = 60) String number,
    @NotNull @Valid AuthorizationTermsDto terms) {}
