package org.procedura.api.outcomes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What the patient reported at the follow-up, on the baseline's scales. */
public record FollowUpOutcomeRequest(
    @NotNull Contact contact, @NotEmpty List<@Valid @NotNull MeasureDto> measures) {}
