package org.procedura.rules.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.catalog.CareSetting;
import org.procedura.api.catalog.ImagingModality;
import org.procedura.api.rules.EligibilityApi;
import org.procedura.api.rules.EligibilityResponse;
import org.procedura.api.scheduling.BookedPurpose;
import org.procedura.api.scheduling.Laterality;
import org.procedura.api.scheduling.ProcedureSiteDto;
import org.procedura.api.scheduling.SpinalRegion;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.application.BookingEligibility;
import org.procedura.rules.application.Eligibility;
import org.procedura.rules.application.EligibilityQuestion;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EligibilityController implements EligibilityApi {
  private final BookingEligibility eligibility;
  private final RulesWebMapper mapper;

  EligibilityController(BookingEligibility eligibility, RulesWebMapper mapper) {
    this.eligibility = eligibility;
    this.mapper = mapper;
  }

  @Override
  public EligibilityResponse explain(
      UUID patientId,
      String procedureType,
      LocalDate date,
      SpinalRegion region,
      List<String> levels,
      Laterality laterality,
      ImagingModality imaging,
      UUID referralId,
      BookedPurpose purpose,
      CareSetting setting,
      UUID appointmentId) {
    Eligibility answer =
        eligibility.explain(
            new EligibilityQuestion(
                new PatientId(patientId),
                new ProcedureTypeCode(procedureType),
                date,
                mapper.toSite(new ProcedureSiteDto(region, levels, laterality)),
                mapper.toImaging(imaging),
                referralId,
                mapper.toPurpose(purpose),
                mapper.toSetting(setting),
                appointmentId));
    return new EligibilityResponse(
        answer.date(),
        answer.verdict().name(),
        answer.ruleSetCode(),
        answer.ruleSetVersion(),
        answer.findings().stream().map(mapper::toDto).toList(),
        answer.earliestEligibleOn());
  }
}
