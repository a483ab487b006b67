package org.procedura.rules.web;

import org.mapstruct.Mapper;
import org.procedura.api.rules.FindingDto;
import org.procedura.api.scheduling.HoldInstructionDto;
import org.procedura.api.scheduling.ProcedureSiteDto;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.DocumentKind;
import org.procedura.rules.model.Finding;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.web.ClinicTime;

@Mapper
interface RulesWebMapper {

  ProcedureSite toSite(ProcedureSiteDto site);

  ImagingModality toImaging(org.procedura.api.catalog.ImagingModality imaging);

  ProcedurePurpose toPurpose(org.procedura.api.scheduling.BookedPurpose purpose);

  CareSetting toSetting(org.procedura.api.catalog.CareSetting setting);

  FindingDto toDto(Finding finding);

  ChecklistItem toItem(org.procedura.api.rules.ChecklistItem item);

  org.procedura.api.rules.ChecklistItem toDto(ChecklistItem item);

  DocumentKind toKind(org.procedura.api.rules.DocumentKind kind);

  org.procedura.api.rules.DocumentKind toDto(DocumentKind kind);

  /** Restart in the clinic's offset, as every time the API answers with. */
  default HoldInstructionDto toDto(HoldInstruction hold, ClinicTime time) {
    return new HoldInstructionDto(
        hold.medication(), hold.drugClass(), hold.lastDoseOn(), time.toOffset(hold.restartFrom()));
  }
}
