package org.procedura.api.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A clinician as an administrator registers or revises one. */
public record ClinicianRequest(
    @NotBlank @Size(max = 120) String displayName,
    @NotBlank @Pattern(regexp = "[0-9]{10}") String npi,
    @NotNull Set<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String> credentials,
    boolean active) {}
