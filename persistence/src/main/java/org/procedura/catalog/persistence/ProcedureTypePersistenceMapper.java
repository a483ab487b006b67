package org.procedura.catalog.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.procedura.catalog.model.AnatomyDetails;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.CptCode;
import org.procedura.catalog.model.ImagingGuidance;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.LevelForm;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.shared.persistence.DelimitedValues;

@Mapper
interface ProcedureTypePersistenceMapper {

  default ProcedureType toDomain(ProcedureTypeJpaEntity entity) {
    return new ProcedureType(
        new ProcedureTypeCode(entity.getCode()), toDefinition(entity), entity.getVersion());
  }

  @Mapping(target = "settings", source = "careSettings")
  @Mapping(target = "imaging", source = ".")
  @Mapping(target = "anatomy", source = ".")
  @Mapping(target = "defaultDuration", source = "defaultDurationMinutes")
  ProcedureDefinition toDefinition(ProcedureTypeJpaEntity entity);

  default AnatomyDetails toAnatomy(ProcedureTypeJpaEntity entity) {
    return new AnatomyDetails(
        DelimitedValues.toEnumSet(entity.getSpinalRegions(), SpinalRegion.class),
        entity.getLevelForm() == null ? null : LevelForm.valueOf(entity.getLevelForm()),
        entity.getMinLevels(),
        entity.getMaxLevels(),
        entity.isLateralityRequired(),
        entity.isLateralityAllowed());
  }

  default ImagingGuidance toImaging(ProcedureTypeJpaEntity entity) {
    return new ImagingGuidance(
        DelimitedValues.toEnumSet(entity.getImagingModalities(), ImagingModality.class),
        entity.isContrast());
  }

  @Mapping(target = "code", source = "code.value")
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "name", source = "definition.name")
  @Mapping(target = "category", source = "definition.category")
  @Mapping(target = "cptCodes", source = "definition.cptCodes")
  @Mapping(target = "imagingModalities", source = "definition.imaging.modalities")
  @Mapping(target = "contrast", source = "definition.imaging.contrast")
  @Mapping(target = "careSettings", source = "definition.settings")
  @Mapping(target = "operatingRoomRequired", source = "definition.operatingRoomRequired")
  @Mapping(target = "defaultDurationMinutes", source = "definition.defaultDuration")
  @Mapping(target = "sedation", source = "definition.sedation")
  @Mapping(target = "bleedingRisk", source = "definition.bleedingRisk")
  @Mapping(target = "purpose", source = "definition.purpose")
  @Mapping(target = "spinalRegions", source = "definition.anatomy.spinalRegions")
  @Mapping(target = "levelForm", source = "definition.anatomy.levelForm")
  @Mapping(target = "minLevels", source = "definition.anatomy.minLevels")
  @Mapping(target = "maxLevels", source = "definition.anatomy.maxLevels")
  @Mapping(target = "lateralityRequired", source = "definition.anatomy.lateralityRequired")
  @Mapping(target = "lateralityAllowed", source = "definition.anatomy.lateralityAllowed")
  @Mapping(target = "active", source = "definition.active")
  void copyToEntity(ProcedureType type, @MappingTarget ProcedureTypeJpaEntity entity);

  default List<CptCode> toCptCodes(String column) {
    return DelimitedValues.toList(column, CptCode::new);
  }

  default String fromCptCodes(List<CptCode> codes) {
    return String.join(",", codes.stream().map(CptCode::value).toList());
  }

  default Set<CareSetting> toCareSettings(String column) {
    return DelimitedValues.toEnumSet(column, CareSetting.class);
  }

  default String fromCareSettings(Set<CareSetting> settings) {
    return DelimitedValues.joinEnums(settings);
  }

  default String fromModalities(Set<ImagingModality> modalities) {
    return DelimitedValues.joinEnums(modalities);
  }

  default String fromSpinalRegions(Set<SpinalRegion> regions) {
    return DelimitedValues.joinEnums(regions);
  }

  default Duration toDuration(int minutes) {
    return Duration.ofMinutes(minutes);
  }

  default int fromDuration(Duration duration) {
    return Math.toIntExact(duration.toMinutes());
  }
}
