package org.procedura.rules.web;

import java.util.Comparator;
import java.util.UUID;
import org.procedura.api.rules.ChecklistApi;
import org.procedura.api.rules.ChecklistItem;
import org.procedura.api.rules.ChecklistResponse;
import org.procedura.api.rules.ChecklistValueDto;
import org.procedura.rules.application.ChecklistView;
import org.procedura.rules.application.ProcedureChecklist;
import org.procedura.rules.model.ChecklistEntry;
import org.procedura.rules.model.ChecklistInput;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.web.ClinicTime;
import org.procedura.shared.web.CurrentActor;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ChecklistController implements ChecklistApi {
  private final ProcedureChecklist checklist;
  private final RulesWebMapper mapper;
  private final ClinicTime time;
  private final CurrentActor actor;

  ChecklistController(
      ProcedureChecklist checklist, RulesWebMapper mapper, ClinicTime time, CurrentActor actor) {
    this.checklist = checklist;
    this.mapper = mapper;
    this.time = time;
    this.actor = actor;
  }

  @Override
  public ChecklistResponse checklist(UUID id) {
    return toResponse(checklist.of(new AppointmentId(id)));
  }

  @Override
  public ChecklistResponse record(UUID id, ChecklistItem item, ChecklistValueDto value) {
    ChecklistInput input =
        value == null
            ? ChecklistInput.none()
            : new ChecklistInput(
                value.answer(),
                value.value(),
                time.toInstant(value.at()),
                mapper.toMeal(value.meal()),
                value.nrs(),
                value.odi(),
                value.ndi());
    return toResponse(
        checklist.record(
            new AppointmentId(id),
            mapper.toItem(item),
            input,
            actor.get(),
            actor.hasRole("NURSE") || actor.hasRole("PHYSICIAN")));
  }

  private ChecklistResponse toResponse(ChecklistView view) {
    return new ChecklistResponse(
        view.appointment().value(),
        view.patient().value(),
        view.required().stream().sorted().map(mapper::toDto).toList(),
        view.baselineScales().stream().sorted().map(mapper::toDto).toList(),
        view.limits().stream().map(mapper::toDto).toList(),
        view.recorded().values().stream()
            .sorted(Comparator.comparing(ChecklistEntry::item))
            .map(this::toRecorded)
            .toList(),
        view.corrected().stream().map(this::toRecorded).toList(),
        view.unmet().stream().map(mapper::toDto).toList(),
        view.ready(),
        view.holds().stream().map(hold -> mapper.toDto(hold, time)).toList());
  }

  private ChecklistResponse.Recorded toRecorded(ChecklistEntry entry) {
    return new ChecklistResponse.Recorded(
        mapper.toDto(entry.item()),
        mapper.toDto(entry.value(), time),
        time.toOffset(entry.recorded().at()),
        entry.recorded().by().username());
  }
}
