package org.procedura.catalog.web;

import java.time.Duration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.procedura.api.catalog.ProcedureTypeRequest;
import org.procedura.api.catalog.ProcedureTypeResponse;
import org.procedura.catalog.model.AnatomyDetails;
import org.procedura.catalog.model.CptCode;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;

@Mapper
interface ProcedureTypeWebMapper {

  @Mapping(target = "defaultDuration", source = "defaultDurationMinutes")
  @Mapping(target = "anatomy", source = ".")
  ProcedureDefinition toDefinition(ProcedureTypeRequest request);

  AnatomyDetails toAnatomy(ProcedureTypeRequest request);

  @Mapping(target = "code", source = "code.value")
  @Mapping(target = ".", source = "definition")
  @Mapping(target = ".", source = "definition.anatomy")
  @Mapping(target = "defaultDurationMinutes", source = "definition.defaultDuration")
  ProcedureTypeResponse toResponse(ProcedureType type);

  default CptCode toCptCode(String code) {
    return new CptCode(code);
  }

  default String fromCptCode(CptCode code) {
    return code.value();
  }

  default Duration toDuration(Integer minutes) {
    return minutes == null ? null : Duration.ofMinutes(minutes);
  }

  default int fromDuration(Duration duration) {
    return Math.toIntExact(duration.toMinutes());
  }
}
