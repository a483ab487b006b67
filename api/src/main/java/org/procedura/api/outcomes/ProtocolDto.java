package org.procedura.api.outcomes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A procedure type's follow-ups, for a diagnostic block its pain diary time points, and the scales
 * its follow-ups measure ({@code measures}: NRS always, plus absolute scales such as ODI or NDI;
 * the pre-procedure checklist takes the baseline on each; absent means NRS only).
 */
public record ProtocolDto(
    String procedureType,
    @NotNull List<@Valid @NotNull ProtocolStepDto> steps,
    List<@NotNull Integer> diaryMinutes,
    List<@NotNull Scale> measures,
    long version) {}
