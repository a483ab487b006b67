package org.procedura.api.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record DocumentResponse(
    UUID id,
    DocumentKind kind,
    LocalDate receivedOn,
    String reference,
    String recordedBy,
    OffsetDateTime recordedAt) {}
