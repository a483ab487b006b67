package org.procedura.referral.application;

import org.procedura.referral.model.ReferralWorkItem;

/** A worklist row: the referral and the whole days since it was received, in the clinic's zone. */
public record WaitingReferral(ReferralWorkItem referral, long daysWaiting) {}
