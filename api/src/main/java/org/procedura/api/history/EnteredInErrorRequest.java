package org.procedura.api.history;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why the record is wrong, e.g. "another patient's letter" or "duplicate of the 2026-03-02 one".
 */
public record EnteredInErrorRequest(@NotBlank @Size(max = 500) String reason) {}
