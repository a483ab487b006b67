package org.procedura.api.rules;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/** A rule's new severity and parameters (all of them); the result is a new version of the set. */
public record RuleRevisionRequest(
    @NotNull @Pattern(regexp = "BLOCK|WARN") String severity,
    @NotNull Map<@NotNull String, @NotNull String> parameters) {}
