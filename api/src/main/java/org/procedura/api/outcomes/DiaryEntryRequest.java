package org.procedura.api.outcomes;

import jakarta.validation.constraints.NotNull;

/** The NRS score at one of the protocol's time points, in minutes after the procedure. */
public record DiaryEntryRequest(@NotNull Integer minutesAfter, @NotNull Integer nrs) {}
