package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.application.ScheduleViews;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.scheduling.model.Room;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clinic's day: a column per room, five-minute rows, each appointment a coloured block. */
@Controller
@Hidden
class DayPage {
  static final LocalTime OPENS = LocalTime.of(7, 0);
  static final LocalTime CLOSES = LocalTime.of(19, 0);

  /** Appointments that no longer hold their time are listed under the grid, not drawn in it. */
  private static final Set<AppointmentStatus> RELEASED =
      EnumSet.of(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW);

  private final ScheduleViews schedules;
  private final ClinicResources resources;
  private final AppointmentLifecycle lifecycle;
  private final ConsoleTime time;

  DayPage(
      ScheduleViews schedules,
      ClinicResources resources,
      AppointmentLifecycle lifecycle,
      ConsoleTime time) {
    this.schedules = schedules;
    this.resources = resources;
    this.lifecycle = lifecycle;
    this.time = time;
  }

  @GetMapping("/console/day")
  String day(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Model model) {
    LocalDate day = date != null ? date : time.today();
    List<AppointmentSummary> appointments = schedules.day(day, null, null);
    List<DayGrid.Column> columns =
        resources.rooms().stream()
            .sorted(Comparator.comparing(Room::getName))
            .map(room -> new DayGrid.Column(room.getId().value(), room.getName()))
            .toList();
    List<DayGrid.Placed> placed = new ArrayList<>();
    List<DayBlock> released = new ArrayList<>();
    for (AppointmentSummary summary : appointments) {
      DayBlock block = block(summary);
      if (RELEASED.contains(summary.status())) {
        released.add(block);
      } else {
        placed.add(
            new DayGrid.Placed(
                summary.room().value(),
                summary.slot().start().atZone(time.zone()).toLocalTime(),
                summary.slot().end().atZone(time.zone()).toLocalTime(),
                block));
      }
    }
    DayGrid grid = DayGrid.of(columns, placed, OPENS, CLOSES);
    model.addAttribute("date", day);
    model.addAttribute("title", ConsoleTime.DAY.format(day));
    model.addAttribute("previous", day.minusDays(1));
    model.addAttribute("next", day.plusDays(1));
    model.addAttribute("today", time.today());
    model.addAttribute("grid", grid);
    model.addAttribute("released", released);
    model.addAttribute("count", appointments.size());
    return "console/day";
  }

  private DayBlock block(AppointmentSummary summary) {
    String site =
        summary.kind() == AppointmentKind.PROCEDURE
            ? SiteWords.of(lifecycle.get(summary.id()).getSite())
            : "";
    return new DayBlock(
        summary.id().value(),
        summary.patient().value(),
        summary.patientName(),
        summary.procedureType() != null
            ? summary.procedureType().value()
            : summary.kind().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
        site,
        time.hour(summary.slot().start()),
        time.hour(summary.slot().end()),
        summary.clinicianName(),
        summary.status().name());
  }
}
