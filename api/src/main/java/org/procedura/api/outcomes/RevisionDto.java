package org.procedura.api.outcomes;

import java.time.OffsetDateTime;
import java.util.List;

/** Revision 1 is the original record; each amendment is the next, with what it changed. */
public record RevisionDto(
    int number,
    OffsetDateTime recordedAt,
    String recordedBy,
    String reason,
    List<String> changed,
    ProcedureDetailsDto details) {}
