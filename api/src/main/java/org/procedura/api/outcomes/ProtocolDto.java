package org.procedura.api.outcomes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A procedure type's follow-ups and, for a diagnostic block, its pain diary time points. */
public record ProtocolDto(
    String procedureType,
    @NotNull List<@Valid @NotNull ProtocolStepDto> steps,
    List<@NotNull Integer> diaryMinutes,
    long version) {}
