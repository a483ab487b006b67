package org.procedura.rules.web;

import java.util.Map;
import java.util.UUID;
import org.procedura.api.rules.ChecklistApi;
import org.procedura.api.rules.ChecklistItem;
import org.procedura.api.rules.ChecklistResponse;
import org.procedura.rules.application.ChecklistView;
import org.procedura.rules.application.ProcedureChecklist;
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
  public ChecklistResponse record(UUID id, ChecklistItem item) {
    return toResponse(
        checklist.record(
            new AppointmentId(id),
            mapper.toItem(item),
            actor.get(),
            actor.hasRole("NURSE") || actor.hasRole("PHYSICIAN")));
  }

  private ChecklistResponse toResponse(ChecklistView view) {
    return new ChecklistResponse(
        view.required().stream().sorted().map(mapper::toDto).toList(),
        view.recorded().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    new ChecklistResponse.Recorded(
                        mapper.toDto(e.getKey()), time.toOffset(e.getValue())))
            .toList(),
        view.unmet().stream().map(mapper::toDto).toList(),
        view.ready(),
        view.holds().stream().map(hold -> mapper.toDto(hold, time)).toList());
  }
}
