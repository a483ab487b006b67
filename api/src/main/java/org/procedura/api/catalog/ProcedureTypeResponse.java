package org.procedura.api.catalog;

import java.util.List;
import java.util.Set;
import org.procedura.api.scheduling.SpinalRegion;

public record ProcedureTypeResponse(
    String code,
    String name,
    ProcedureCategory category,
    List<String> cptCodes,
    ImagingGuidanceDto imaging,
    Set<CareSetting> settings,
    boolean operatingRoomRequired,
    int defaultDurationMinutes,
    Sedation sedation,
    BleedingRisk bleedingRisk,
    ProcedurePurpose purpose,
    Set<SpinalRegion> spinalRegions,
    LevelForm levelForm,
    int minLevels,
    int maxLevels,
    boolean lateralityRequired,
    boolean lateralityAllowed,
    boolean active,
    long version) {}
