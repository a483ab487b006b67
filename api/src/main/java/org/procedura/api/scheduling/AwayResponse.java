package org.procedura.api.scheduling;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AwayResponse(UUID id, OffsetDateTime start, OffsetDateTime end, String reason) {}
