package org.procedura.rules.web;

import java.util.List;
import org.mapstruct.Mapper;
import org.procedura.api.rules.ChecklistLimitDto;
import org.procedura.api.rules.ChecklistValueDto;
import org.procedura.api.rules.FindingDto;
import org.procedura.api.scheduling.HoldInstructionDto;
import org.procedura.api.scheduling.ProcedureSiteDto;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistLimit;
import org.procedura.rules.model.ChecklistValue;
import org.procedura.rules.model.DocumentKind;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.Meal;
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

  Meal toMeal(org.procedura.api.rules.Meal meal);

  org.procedura.api.rules.Meal toDto(Meal meal);

  org.procedura.api.outcomes.Scale toDto(Scale scale);

  default ChecklistLimitDto toDto(ChecklistLimit limit) {
    return new ChecklistLimitDto(
        toDto(limit.item()),
        toDto(limit.meal()),
        limit.minimum(),
        limit.maximum(),
        limit.unit(),
        limit.describe());
  }

  /** A recorded value in the request's shape; the baseline's scores as their item answers. */
  default ChecklistValueDto toDto(ChecklistValue value, ClinicTime time) {
    return switch (value) {
      case ChecklistValue.Checked checked ->
          new ChecklistValueDto(null, null, null, null, null, null, null);
      case ChecklistValue.Answer answer ->
          new ChecklistValueDto(answer.yes(), null, null, null, null, null, null);
      case ChecklistValue.Reading reading ->
          new ChecklistValueDto(null, reading.value(), null, null, null, null, null);
      case ChecklistValue.LastMeal meal ->
          new ChecklistValueDto(
              null, null, time.toOffset(meal.at()), toDto(meal.meal()), null, null, null);
      case ChecklistValue.LastLiquids liquids ->
          new ChecklistValueDto(null, null, time.toOffset(liquids.at()), null, null, null, null);
      case ChecklistValue.PainScores scores ->
          new ChecklistValueDto(
              null,
              null,
              null,
              null,
              scores.scores().stream()
                  .filter(score -> score.scale() == Scale.NRS)
                  .map(score -> score.score().intValue())
                  .findFirst()
                  .orElse(null),
              itemsOn(scores, Scale.ODI),
              itemsOn(scores, Scale.NDI));
    };
  }

  private static List<Integer> itemsOn(ChecklistValue.PainScores scores, Scale scale) {
    return scores.scores().stream()
        .filter(score -> score.scale() == scale)
        .map(Measure::items)
        .findFirst()
        .orElse(null);
  }

  DocumentKind toKind(org.procedura.api.rules.DocumentKind kind);

  org.procedura.api.rules.DocumentKind toDto(DocumentKind kind);

  /** Restart in the clinic's offset, as every time the API answers with. */
  default HoldInstructionDto toDto(HoldInstruction hold, ClinicTime time) {
    return new HoldInstructionDto(
        hold.medication(), hold.drugClass(), hold.lastDoseOn(), time.toOffset(hold.restartFrom()));
  }
}
