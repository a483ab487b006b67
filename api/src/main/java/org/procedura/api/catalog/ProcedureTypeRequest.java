package org.procedura.api.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.procedura.api.scheduling.SpinalRegion;

/**
 * A procedure type as an administrator defines or revises it. Where it may be done: {@code
 * spinalRegions} (none or empty for a procedure outside the spine), {@code levelForm} with {@code
 * minLevels} to {@code maxLevels} levels per session (no form and 0 for none), and whether a side
 * must ({@code lateralityRequired}) or may at all ({@code lateralityAllowed}) be named.
 */
public record ProcedureTypeRequest(
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
    @NotBlank @Size(max = 150) String name,
    @NotNull ProcedureCategory category,
    @NotEmpty List<@NotNull @Pattern(regexp = "[0-9]{4}[0-9FT]") String> cptCodes,
    @NotNull @Valid ImagingGuidanceDto imaging,
    @NotEmpty Set<@NotNull CareSetting> settings,
    boolean operatingRoomRequired,
    @NotNull @Min(1) @Max(480) Integer defaultDurationMinutes,
    @NotNull Sedation sedation,
    @NotNull BleedingRisk bleedingRisk,
    @NotNull ProcedurePurpose purpose,
    Set<@NotNull SpinalRegion> spinalRegions,
    LevelForm levelForm,
    int minLevels,
    int maxLevels,
    boolean lateralityRequired,
    boolean lateralityAllowed,
    boolean active) {}
