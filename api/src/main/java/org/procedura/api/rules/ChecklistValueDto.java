package org.procedura.api.rules;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.procedura.api.common.PlausibleDate;

/**
 * What is recorded for a checklist item: one shape for every item, each taking only its own fields
 * (see {@link ChecklistItem}); a missing one, or one the item does not take, is a 400 naming it.
 *
 * @param answer yes or no: consent signed, an active infection, a driver present
 * @param value INR (0.5 to 20, up to two decimals) or blood glucose (whole mg/dL, 10 to 1000)
 * @param at when the patient last ate solid food or drank clear liquids
 * @param meal what the last solid food was
 * @param nrs the baseline pain, 0 to 10
 * @param odi the baseline Oswestry sections, ten answers 0 to 5 (null for one unanswered)
 * @param ndi the baseline Neck Disability items, ten answers 0 to 5
 */
public record ChecklistValueDto(
    Boolean answer,
    @Positive @Digits(integer = 4, fraction = 2) BigDecimal value,
    @PlausibleDate(CALENDAR) OffsetDateTime at,
    Meal meal,
    @Min(0) @Max(10) Integer nrs,
    @Size(min = 10, max = 10) List<@Min(0) @Max(5) Integer> odi,
    @Size(min = 10, max = 10) List<@NotNull @Min(0) @Max(5) Integer> ndi) {}
