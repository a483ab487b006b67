package org.procedura.api.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A physician's acknowledgement of rule warnings: the rule ids acknowledged (as named in the
 * refusal's findings) and why. Only a physician's acknowledgement is accepted.
 */
public record AcknowledgementDto(
    @NotEmpty Set<@NotNull @Size(max = 60) String> ruleIds,
    @NotBlank @Size(max = 500) String reason) {}
