package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.application.ScheduleViews;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Room;
import org.procedura.shared.model.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinic's day: a column per room, or per physician, five-minute rows, each appointment a
 * coloured block; a free quarter hour starts a booking there.
 */
@Controller
@Hidden
class DayPage {
  static final LocalTime OPENS = LocalTime.of(7, 0);
  static final LocalTime CLOSES = LocalTime.of(19, 0);
  static final String BY_ROOM = "room";
  static final String BY_PHYSICIAN = "physician";

  /** Appointments that no longer hold their time are listed under the grid, not drawn in it. */
  private static final Set<AppointmentStatus> RELEASED =
      EnumSet.of(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW);

  private final ScheduleViews schedules;
  private final ClinicResources resources;
  private final ConsoleTime time;

  DayPage(ScheduleViews schedules, ClinicResources resources, ConsoleTime time) {
    this.schedules = schedules;
    this.resources = resources;
    this.time = time;
  }

  @GetMapping("/console/day")
  String day(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(defaultValue = BY_ROOM) String by,
      Model model) {
    boolean byPhysician = columnsBy(by);
    LocalDate day = date != null ? date : time.today();
    List<AppointmentSummary> appointments = schedules.day(day, null, null);
    List<DayGrid.Column> columns =
        byPhysician
            ? resources.clinicians().stream()
                .sorted(Comparator.comparing(Clinician::getDisplayName))
                .map(c -> new DayGrid.Column(c.getId().value(), c.getDisplayName()))
                .toList()
            : resources.rooms().stream()
                .sorted(Comparator.comparing(Room::getName))
                .map(room -> new DayGrid.Column(room.getId().value(), room.getName()))
                .toList();
    List<DayGrid.Placed> placed = new ArrayList<>();
    List<DayBlock> released = new ArrayList<>();
    for (AppointmentSummary summary : appointments) {
      DayBlock block = block(summary, byPhysician);
      if (RELEASED.contains(summary.status())) {
        released.add(block);
      } else {
        placed.add(
            new DayGrid.Placed(
                byPhysician ? summary.clinician().value() : summary.room().value(),
                summary.slot().start().atZone(time.zone()).toLocalTime(),
                summary.slot().end().atZone(time.zone()).toLocalTime(),
                block));
      }
    }
    model.addAttribute("date", day);
    model.addAttribute("title", ConsoleTime.DAY.format(day));
    model.addAttribute("previous", day.minusDays(1));
    model.addAttribute("next", day.plusDays(1));
    model.addAttribute("today", time.today());
    model.addAttribute("by", byPhysician ? BY_PHYSICIAN : BY_ROOM);
    model.addAttribute("byPhysician", byPhysician);
    model.addAttribute("grid", DayGrid.of(columns, placed, OPENS, CLOSES));
    model.addAttribute("released", released);
    model.addAttribute("count", appointments.size());
    return "console/day";
  }

  private static boolean columnsBy(String by) {
    if (!BY_ROOM.equals(by) && !BY_PHYSICIAN.equals(by)) {
      throw new InvalidInputException("by", "the day is shown by room or by physician");
    }
    return BY_PHYSICIAN.equals(by);
  }

  private DayBlock block(AppointmentSummary summary, boolean byPhysician) {
    return new DayBlock(
        summary.id().value(),
        summary.patient().value(),
        summary.patientName(),
        summary.procedureType() != null
            ? summary.procedureType().value()
            : summary.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT),
        summary.site().inWords(),
        time.hour(summary.slot().start()),
        time.hour(summary.slot().end()),
        byPhysician ? summary.roomName() : summary.clinicianName(),
        summary.status().name());
  }
}
