package org.procedura.reports.web;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;
import org.procedura.api.reports.ReportPeriod;
import org.procedura.api.reports.ResourceKind;
import org.procedura.reports.model.OutcomeGrouping;
import org.procedura.reports.model.Period;
import org.procedura.scheduling.model.ResourceRef;

/** The reports' API enums and the domain's, matched by name by MapStruct. */
@Mapper
interface ReportsValueMapper {

  @ValueMapping(source = MappingConstants.ANY_REMAINING, target = MappingConstants.THROW_EXCEPTION)
  ResourceRef.Kind toDomain(ResourceKind kind);

  Period toDomain(ReportPeriod period);

  OutcomeGrouping toDomain(org.procedura.api.reports.OutcomeGrouping grouping);
}
