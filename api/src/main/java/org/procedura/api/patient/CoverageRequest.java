package org.procedura.api.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A payer's coverage; {@code ruleSet} names the payer rule set, e.g. MEDICARE_DEFAULT. */
public record CoverageRequest(
    @NotBlank @Size(max = 100) String payer,
    @Size(max = 100) String plan,
    @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}") String memberId,
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String ruleSet) {}
