package org.procedura.history.web;

import java.time.Period;
import java.time.format.DateTimeParseException;
import org.procedura.api.history.EnteredInErrorDto;
import org.procedura.api.history.OutsideProcedureRequest;
import org.procedura.api.history.OutsideProcedureResponse;
import org.procedura.api.scheduling.ProcedureSiteDto;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.history.model.EnteredInError;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.history.model.OutsideProcedureDetails;
import org.procedura.history.model.OutsideRelief;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.web.ClinicTime;
import org.springframework.stereotype.Component;

/**
 * Outside procedures between the API and the domain, by hand: each refusal must name the request's
 * field ({@code procedureType}, {@code site.levels}, {@code reliefLasted}), which the value objects
 * alone would name differently. The timeline shows them with the same answer.
 */
@Component
public class OutsideProcedureWebMapper {
  private final ClinicTime time;
  private final HistoryValueMapper values;

  OutsideProcedureWebMapper(ClinicTime time, HistoryValueMapper values) {
    this.time = time;
    this.values = values;
  }

  OutsideProcedureDetails toDetails(OutsideProcedureRequest request) {
    return new OutsideProcedureDetails(
        request.performedOn(),
        toCode(request.procedureType()),
        toSite(request.site()),
        new OutsideRelief(
            request.reliefPercent(),
            toPeriod(request.reliefLasted()),
            request.reliefStillLastingOn()),
        request.performedBy(),
        request.sourceDocument());
  }

  public OutsideProcedureResponse toResponse(OutsideProcedure procedure) {
    OutsideProcedureDetails details = procedure.getDetails();
    OutsideRelief relief = details.relief();
    Stamp corrected = procedure.getCorrected();
    return new OutsideProcedureResponse(
        procedure.getId().value(),
        procedure.getPatient().value(),
        details.performedOn(),
        details.procedureType().value(),
        toDto(details.site()),
        relief.percent(),
        relief.lasted() == null ? null : relief.lasted().toString(),
        relief.stillLastingOn(),
        details.performedBy(),
        details.sourceDocument(),
        procedure.getRecorded().by().username(),
        time.toOffset(procedure.getRecorded().at()),
        corrected == null ? null : corrected.by().username(),
        corrected == null ? null : time.toOffset(corrected.at()),
        toDto(procedure.getEnteredInError()),
        procedure.getVersion() == null ? 0 : procedure.getVersion());
  }

  private static ProcedureTypeCode toCode(String code) {
    try {
      return new ProcedureTypeCode(code);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("procedureType", "procedureType: " + e.getMessage());
    }
  }

  private static Period toPeriod(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Period.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "reliefLasted", "reliefLasted is an ISO-8601 period such as P90D, P12W or P3M");
    }
  }

  private ProcedureSite toSite(ProcedureSiteDto dto) {
    if (dto == null) {
      return ProcedureSite.NONE;
    }
    return new ProcedureSite(
        values.toDomain(dto.region()), dto.levels(), values.toDomain(dto.laterality()));
  }

  private ProcedureSiteDto toDto(ProcedureSite site) {
    return new ProcedureSiteDto(
        values.toApi(site.region()), site.levels(), values.toApi(site.laterality()));
  }

  private EnteredInErrorDto toDto(EnteredInError entered) {
    return entered == null
        ? null
        : new EnteredInErrorDto(
            entered.reason(), entered.stamp().by().username(), time.toOffset(entered.stamp().at()));
  }
}
