package org.procedura.outcomes.web;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.procedura.api.outcomes.AssessmentDto;
import org.procedura.api.outcomes.ClosureDto;
import org.procedura.api.outcomes.ComplicationDto;
import org.procedura.api.outcomes.DiaryPointDto;
import org.procedura.api.outcomes.DurableReliefDto;
import org.procedura.api.outcomes.FollowUpResponse;
import org.procedura.api.outcomes.InjectateDto;
import org.procedura.api.outcomes.MeasureDto;
import org.procedura.api.outcomes.MeasureResponse;
import org.procedura.api.outcomes.ProcedureDetailsDto;
import org.procedura.api.outcomes.ProcedureResponse;
import org.procedura.api.outcomes.ProtocolDto;
import org.procedura.api.outcomes.ProtocolStepDto;
import org.procedura.api.outcomes.RevisionDto;
import org.procedura.api.scheduling.ProcedureSiteDto;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.application.FollowUpView;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.Complication;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.Injectate;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.Revision;
import org.procedura.outcomes.model.Scale;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.web.ClinicTime;
import org.springframework.stereotype.Component;

/**
 * Outcomes between the domain and the API, written out by hand: the nesting (views around
 * aggregates, computed assessments) is more than MapStruct's name matching would make clear.
 */
@Component
class OutcomesWebMapper {
  private final ClinicTime time;
  private final OutcomesValueMapper values;

  OutcomesWebMapper(ClinicTime time, OutcomesValueMapper values) {
    this.time = time;
    this.values = values;
  }

  Measure toMeasure(MeasureDto dto) {
    return Measure.of(values.toDomain(dto.scale()), dto.value(), dto.items());
  }

  ProcedureDetails toDetails(ProcedureDetailsDto dto) {
    ProcedureSiteDto site = dto.site();
    return new ProcedureDetails(
        dto.performedAt().toInstant(),
        new ProcedureTypeCode(dto.procedureType()),
        site == null
            ? null
            : new ProcedureSite(
                values.toDomain(site.region()), site.levels(), values.toDomain(site.laterality())),
        values.toDomain(dto.imaging()),
        dto.fluoroscopySeconds(),
        dto.fluoroscopyDoseMgy(),
        dto.contrastMl(),
        dto.injectates().stream().map(i -> new Injectate(i.drug(), i.doseMg())).toList(),
        values.toDomain(dto.sedation()),
        new Complication(values.toDomain(dto.complication().code()), dto.complication().note()),
        dto.immediatePain());
  }

  List<FollowUpStep> toSteps(List<ProtocolStepDto> steps) {
    return steps.stream()
        .map(
            step -> {
              try {
                return new FollowUpStep(
                    step.label(), Period.parse(step.after()), step.windowDays());
              } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                    "steps.after", "after is an ISO-8601 period such as P6W or P3M");
              }
            })
        .toList();
  }

  List<Duration> toDiary(List<Integer> minutes) {
    return minutes == null ? List.of() : minutes.stream().map(Duration::ofMinutes).toList();
  }

  Set<Scale> toScales(List<org.procedura.api.outcomes.Scale> scales) {
    Set<Scale> measures = EnumSet.noneOf(Scale.class);
    if (scales != null) {
      scales.forEach(scale -> measures.add(values.toDomain(scale)));
    }
    return measures;
  }

  ProtocolDto toDto(FollowUpProtocol protocol) {
    return new ProtocolDto(
        protocol.getProcedureType().value(),
        protocol.getSteps().stream()
            .map(s -> new ProtocolStepDto(s.label(), s.after().toString(), s.windowDays()))
            .toList(),
        protocol.getDiaryPoints().stream().map(d -> (int) d.toMinutes()).toList(),
        protocol.getMeasures().stream().map(values::toApi).toList(),
        protocol.getVersion() == null ? 0 : protocol.getVersion());
  }

  ProcedureResponse toResponse(ProcedureView view) {
    FollowUp.Course course = view.course();
    ProcedureRecord record = view.record();
    return new ProcedureResponse(
        course.procedure().value(),
        course.patient().value(),
        course.procedureType().value(),
        course.physician().value(),
        record == null ? null : time.toOffset(record.getCompletedAt()),
        record == null ? null : record.current().map(this::toDto).orElse(null),
        record == null ? List.of() : record.getRevisions().stream().map(this::toDto).toList(),
        view.baseline().values().stream().map(this::toDto).toList(),
        view.diary().stream()
            .map(
                p ->
                    new DiaryPointDto(
                        p.entry().after().toMinutes(),
                        p.entry().pain().score().intValue(),
                        p.relief(),
                        p.entry().recorded().by().username()))
            .toList(),
        view.followUps().stream().map(this::toResponse).toList(),
        view.durableRelief() == null ? null : toDto(view.durableRelief()),
        version(view));
  }

  /** The record's version; 0 before the procedure is completed and its record opened. */
  static long version(ProcedureView view) {
    return view.record() == null || view.record().getVersion() == null
        ? 0
        : view.record().getVersion();
  }

  FollowUpResponse toResponse(FollowUpView view) {
    FollowUp f = view.followUp();
    return new FollowUpResponse(
        f.getId().value(),
        f.getCourse().procedure().value(),
        f.getCourse().patient().value(),
        f.getCourse().procedureType().value(),
        f.getCourse().physician().value(),
        f.getLabel(),
        f.getWindow().due(),
        f.getWindow().opens(),
        f.getWindow().closes(),
        values.toApi(f.getStatus()),
        values.toApi(f.getContact()),
        f.getVisit() == null ? null : f.getVisit().value(),
        time.toOffset(f.doneAt()),
        f.doneBy() == null ? null : f.doneBy().username(),
        f.isRecordedLate(),
        toDto(f.getClosure()),
        view.assessments().stream()
            .map(
                a ->
                    new AssessmentDto(
                        values.toApi(a.scale()),
                        a.baseline(),
                        a.score(),
                        a.change(),
                        a.percentChange(),
                        a.meaningful()))
            .toList(),
        view.relief(),
        view.meaningful(),
        f.getVersion() == null ? 0 : f.getVersion());
  }

  private ClosureDto toDto(FollowUp.Closure closure) {
    return closure == null
        ? null
        : new ClosureDto(
            values.toApi(closure.reason()),
            closure.note(),
            time.toOffset(closure.closed().at()),
            closure.closed().by().username());
  }

  DurableReliefDto toDto(DurableRelief relief) {
    return new DurableReliefDto(
        relief.procedureOn(), relief.lastedUntil(), relief.days(), relief.months());
  }

  private MeasureResponse toDto(Measure measure) {
    return new MeasureResponse(values.toApi(measure.scale()), measure.score(), measure.items());
  }

  private RevisionDto toDto(Revision revision) {
    return new RevisionDto(
        revision.number(),
        time.toOffset(revision.recorded().at()),
        revision.recorded().by().username(),
        revision.reason(),
        revision.changed(),
        toDto(revision.details()));
  }

  private ProcedureDetailsDto toDto(ProcedureDetails d) {
    ProcedureSite site = d.site();
    return new ProcedureDetailsDto(
        time.toOffset(d.performedAt()),
        d.procedureType().value(),
        new ProcedureSiteDto(
            values.toApi(site.region()), site.levels(), values.toApi(site.laterality())),
        values.toApi(d.imaging()),
        d.fluoroscopySeconds(),
        d.fluoroscopyDoseMgy(),
        d.contrastMl(),
        d.injectates().stream().map(i -> new InjectateDto(i.drug(), i.doseMg())).toList(),
        values.toApi(d.sedation()),
        new ComplicationDto(values.toApi(d.complication().code()), d.complication().note()),
        d.immediatePain());
  }
}
