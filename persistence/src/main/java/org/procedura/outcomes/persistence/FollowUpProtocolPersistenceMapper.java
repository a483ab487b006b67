package org.procedura.outcomes.persistence;

import java.time.Duration;
import java.time.Period;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.persistence.DelimitedValues;

@Mapper
interface FollowUpProtocolPersistenceMapper {

  default FollowUpProtocol toDomain(FollowUpProtocolJpaEntity entity) {
    return new FollowUpProtocol(
        new ProcedureTypeCode(entity.getProcedureTypeCode()),
        entity.getSteps().stream()
            .map(
                row ->
                    new FollowUpStep(
                        row.label(), Period.parse(row.afterPeriod()), row.windowDays()))
            .toList(),
        entity.getDiaryMinutes().stream().map(Duration::ofMinutes).toList(),
        DelimitedValues.toEnumSet(entity.getMeasures(), Scale.class),
        entity.getVersion());
  }

  @Mapping(target = "procedureTypeCode", source = "procedureType.value")
  @Mapping(target = "diaryMinutes", source = "diaryPoints")
  void copyToEntity(FollowUpProtocol protocol, @MappingTarget FollowUpProtocolJpaEntity entity);

  default FollowUpStepRow toRow(FollowUpStep step) {
    return new FollowUpStepRow(step.label(), step.after().toString(), step.windowDays());
  }

  default Integer toMinutes(Duration point) {
    return Math.toIntExact(point.toMinutes());
  }

  default String toColumn(Set<Scale> measures) {
    return DelimitedValues.joinEnums(measures);
  }
}
