package org.procedura.api.outcomes;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The visit booked through scheduling for a follow-up. */
public record VisitRequest(@NotNull UUID appointmentId) {}
