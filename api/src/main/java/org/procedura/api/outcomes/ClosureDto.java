package org.procedura.api.outcomes;

import java.time.OffsetDateTime;

/** Why a missed follow-up was closed, by whom and when. */
public record ClosureDto(
    ClosureReason reason, String note, OffsetDateTime closedAt, String closedBy) {}
