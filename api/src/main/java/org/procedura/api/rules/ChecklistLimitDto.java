package org.procedura.api.rules;

import java.math.BigDecimal;

/**
 * A limit a checklist value is held to, as it applies to the procedure: a reading at most {@code
 * maximum} (at least {@code minimum}); the last meal ({@code meal} says which) or clear liquids at
 * least {@code minimum} hours ({@code unit} h) before the start.
 */
public record ChecklistLimitDto(
    ChecklistItem item,
    Meal meal,
    BigDecimal minimum,
    BigDecimal maximum,
    String unit,
    String description) {}
