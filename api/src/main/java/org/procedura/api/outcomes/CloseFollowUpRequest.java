package org.procedura.api.outcomes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why a missed follow-up will not be done; the note is required with OTHER. */
public record CloseFollowUpRequest(@NotNull ClosureReason reason, @Size(max = 500) String note) {}
