package org.procedura.scheduling.persistence;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.Npi;
import org.procedura.shared.persistence.DelimitedValues;

@Mapper
interface ResourcePersistenceMapper {

  default Clinician toDomain(ClinicianJpaEntity entity) {
    return new Clinician(
        new ClinicianId(UUID.fromString(entity.getId())), toProfile(entity), entity.getVersion());
  }

  Clinician.Profile toProfile(ClinicianJpaEntity entity);

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "displayName", source = "profile.displayName")
  @Mapping(target = "npi", source = "profile.npi")
  @Mapping(target = "active", source = "profile.active")
  @Mapping(target = "credentials", source = "profile.credentials")
  void copyToEntity(Clinician clinician, @MappingTarget ClinicianJpaEntity entity);

  default Room toDomain(RoomJpaEntity entity) {
    return new Room(
        new RoomId(UUID.fromString(entity.getId())), toSetup(entity), entity.getVersion());
  }

  @Mapping(target = "imaging", source = "imagingModalities")
  Room.Setup toSetup(RoomJpaEntity entity);

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "name", source = "setup.name")
  @Mapping(target = "kind", source = "setup.kind")
  @Mapping(target = "imagingModalities", source = "setup.imaging")
  @Mapping(target = "active", source = "setup.active")
  @Mapping(target = "careSetting", source = "setup.careSetting")
  void copyToEntity(Room room, @MappingTarget RoomJpaEntity entity);

  default Npi toNpi(String npi) {
    return new Npi(npi);
  }

  default String fromNpi(Npi npi) {
    return npi.value();
  }

  default ProcedureTypeCode toCode(String code) {
    return new ProcedureTypeCode(code);
  }

  default String fromCode(ProcedureTypeCode code) {
    return code.value();
  }

  default Set<String> fromCodes(Set<ProcedureTypeCode> codes) {
    return codes.stream().map(ProcedureTypeCode::value).collect(Collectors.toSet());
  }

  default Set<ImagingModality> toModalities(String column) {
    return DelimitedValues.toEnumSet(column, ImagingModality.class);
  }

  default String fromModalities(Set<ImagingModality> modalities) {
    return DelimitedValues.joinEnums(modalities);
  }
}
