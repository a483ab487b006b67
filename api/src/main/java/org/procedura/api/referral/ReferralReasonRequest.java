package org.procedura.api.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason for a decline or a close, kept in the referral's history. */
public record ReferralReasonRequest(@NotBlank @Size(max = 500) String reason) {}
