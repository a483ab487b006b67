package org.procedura.console.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingWindow;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * A clinician's or a room's weekly hours and time away as the administrators' form shows and reads
 * them: one row per working window and a blank one per day to add another, times in the clinic's
 * wall clock; the hours are replaced whole, as the API replaces them.
 */
@Component
class WorkingTimeForm {
  /** How far ahead the page lists time away. */
  static final int AWAY_LISTED_DAYS = 180;

  private final ClinicResources resources;
  private final ConsoleTime time;

  WorkingTimeForm(ClinicResources resources, ConsoleTime time) {
    this.resources = resources;
    this.time = time;
  }

  /** The page again with a refusal shown over the form it concerns ("hours" or "away"). */
  interface Refused {
    String at(String form, DomainException refused);
  }

  /**
   * Replaces the resource's weekly hours with the form's and goes back to its page; a refusal keeps
   * what was entered.
   */
  String replaceHours(
      ResourceRef resource,
      MultiValueMap<String, String> form,
      String page,
      Model model,
      Refused refused) {
    try {
      resources.replaceHours(resource, hours(form));
    } catch (DomainException refusal) {
      keepEntered(form, model);
      return refused.at("hours", refusal);
    }
    return "redirect:" + page + "?hoursSaved#hours-heading";
  }

  /** Marks the resource away for the form's period and goes back to its page, as above. */
  String markAway(
      ResourceRef resource,
      MultiValueMap<String, String> form,
      String page,
      Model model,
      Refused refused) {
    try {
      resources.markAway(
          resource, period(form.getFirst("start"), form.getFirst("end")), form.getFirst("reason"));
    } catch (DomainException refusal) {
      keepEntered(form, model);
      return refused.at("away", refusal);
    }
    return "redirect:" + page + "?awayAdded#away-heading";
  }

  /** What the page's two forms show: the hours and the time away in the coming months. */
  void show(ResourceRef resource, Model model) {
    if (!model.containsAttribute("hours")) {
      model.addAttribute("hours", rows(resources.hours(resource)));
    }
    LocalDate today = time.today();
    model.addAttribute(
        "away",
        resources.away(resource, today, today.plusDays(AWAY_LISTED_DAYS)).stream()
            .map(this::awayRow)
            .toList());
  }

  /**
   * The hours of the form's rows: a row with neither time is skipped, one with a single refused.
   */
  WeeklyHours hours(MultiValueMap<String, String> form) {
    List<String> days = form.getOrDefault("day", List.of());
    List<String> starts = form.getOrDefault("start", List.of());
    List<String> ends = form.getOrDefault("end", List.of());
    if (starts.size() != days.size() || ends.size() != days.size()) {
      throw new InvalidInputException("windows", "each row needs its day, start and end");
    }
    List<WorkingWindow> windows = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      boolean noStart = FormValues.blank(starts.get(i));
      boolean noEnd = FormValues.blank(ends.get(i));
      if (noStart && noEnd) {
        continue;
      }
      DayOfWeek day = FormValues.oneOf(DayOfWeek.class, days.get(i), "day");
      if (noStart || noEnd) {
        throw new InvalidInputException(
            "windows", "a window on " + dayName(day) + " needs both its start and its end");
      }
      windows.add(
          new WorkingWindow(
              day, FormValues.time(starts.get(i), "start"), FormValues.time(ends.get(i), "end")));
    }
    return new WeeklyHours(windows);
  }

  /**
   * A refused form shown again as it was sent: the hours' rows, or the period away's fields, so
   * that what was typed can be corrected rather than typed again.
   */
  static void keepEntered(MultiValueMap<String, String> form, Model model) {
    List<String> days = form.getOrDefault("day", List.of());
    List<String> starts = form.getOrDefault("start", List.of());
    List<String> ends = form.getOrDefault("end", List.of());
    if (form.containsKey("reason")) {
      model.addAttribute("awayStart", starts.isEmpty() ? "" : starts.getFirst());
      model.addAttribute("awayEnd", ends.isEmpty() ? "" : ends.getFirst());
      model.addAttribute("awayReason", form.getFirst("reason"));
      return;
    }
    if (starts.size() != days.size() || ends.size() != days.size()) {
      return;
    }
    List<HoursRow> rows = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      DayOfWeek day = FormValues.oneOf(DayOfWeek.class, days.get(i), "day");
      rows.add(new HoursRow(day.name(), dayName(day), starts.get(i), ends.get(i)));
    }
    model.addAttribute("hours", rows);
  }

  /** A period away from two wall-clock times of the clinic. */
  TimeSlot period(String start, String end) {
    return new TimeSlot(
        FormValues.dateTime(start, "start").atZone(time.zone()).toInstant(),
        FormValues.dateTime(end, "end").atZone(time.zone()).toInstant());
  }

  private static List<HoursRow> rows(WeeklyHours hours) {
    List<HoursRow> rows = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (WorkingWindow window : hours.windows()) {
        if (window.day() == day) {
          rows.add(
              new HoursRow(
                  day.name(), dayName(day), window.start().toString(), window.end().toString()));
        }
      }
      rows.add(new HoursRow(day.name(), dayName(day), "", ""));
    }
    return rows;
  }

  private AwayRow awayRow(Unavailability away) {
    return new AwayRow(
        time.day(away.period().start()) + ", " + time.hour(away.period().start()),
        time.day(away.period().end()) + ", " + time.hour(away.period().end()),
        away.reason());
  }

  private static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** One row of the hours form: a window, or blank to add one on that day. */
  record HoursRow(String day, String dayName, String start, String end) {}

  record AwayRow(String from, String to, String reason) {}
}
