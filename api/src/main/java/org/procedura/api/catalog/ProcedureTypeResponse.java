package org.procedura.api.catalog;

import java.util.List;
import java.util.Set;

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
    boolean spinalRegionRequired,
    boolean levelsRequired,
    boolean lateralityRequired,
    boolean active,
    long version) {}
