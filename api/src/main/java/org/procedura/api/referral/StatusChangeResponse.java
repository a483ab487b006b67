package org.procedura.api.referral;

import java.time.Instant;

/** One step of a referral's history; {@code from} is absent for its receipt. */
public record StatusChangeResponse(
    ReferralStatus from, ReferralStatus to, Instant at, String by, String note) {}
