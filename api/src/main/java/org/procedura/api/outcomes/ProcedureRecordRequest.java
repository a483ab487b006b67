package org.procedura.api.outcomes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The record of a procedure; an amendment also says why. */
public record ProcedureRecordRequest(@NotNull @Valid ProcedureDetailsDto details, String reason) {}
