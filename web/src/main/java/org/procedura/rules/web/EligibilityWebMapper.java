package org.procedura.rules.web;

import org.mapstruct.Mapper;
import org.procedura.api.rules.FindingDto;
import org.procedura.api.scheduling.ProcedureSiteDto;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.rules.model.Finding;
import org.procedura.scheduling.model.ProcedureSite;

@Mapper
interface EligibilityWebMapper {

  ProcedureSite toSite(ProcedureSiteDto site);

  ImagingModality toImaging(org.procedura.api.catalog.ImagingModality imaging);

  FindingDto toDto(Finding finding);
}
