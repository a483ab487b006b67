package org.procedura.rules.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.shared.model.Check;

/**
 * The hold table (ASRA Pain Medicine; docs/clinical-reference.md section 3) as data: for each drug
 * class and bleeding-risk class what is needed, and how long after the procedure the drug may
 * restart. A class without an entry needs nothing.
 */
public final class HoldTable {
  private final Map<AntithromboticClass, Map<BleedingRisk, HoldRule>> rules;
  private final Map<AntithromboticClass, Duration> restartAfter;

  public HoldTable(
      Map<AntithromboticClass, Map<BleedingRisk, HoldRule>> rules,
      Map<AntithromboticClass, Duration> restartAfter) {
    this.rules = new EnumMap<>(AntithromboticClass.class);
    Check.present(rules, "rules")
        .forEach((drug, byRisk) -> this.rules.put(drug, Map.copyOf(byRisk)));
    this.restartAfter = new EnumMap<>(AntithromboticClass.class);
    this.restartAfter.putAll(Check.present(restartAfter, "restartAfter"));
  }

  public HoldRule ruleFor(AntithromboticClass drug, BleedingRisk risk) {
    return rules.getOrDefault(drug, Map.of()).getOrDefault(risk, HoldRule.NONE);
  }

  /**
   * The holds for a procedure from {@code start} to {@code end}: the procedure's bleeding risk is
   * raised one class when {@code patientFactors} (age, coagulopathy, liver or kidney disease) say
   * so. Only medications that need something are listed. Days are the clinic's ({@code zone}).
   */
  public List<DrugHold> holdsFor(
      List<MedicationInUse> medications,
      BleedingRisk procedureRisk,
      boolean patientFactors,
      Instant start,
      Instant end,
      ZoneId zone) {
    BleedingRisk risk = patientFactors ? procedureRisk.raised() : procedureRisk;
    List<DrugHold> holds = new ArrayList<>();
    for (MedicationInUse medication : medications) {
      HoldRule rule = ruleFor(medication.drugClass(), risk);
      if (rule.kind() == HoldRule.Kind.NONE) {
        continue;
      }
      LocalDate lastDay = rule.kind() == HoldRule.Kind.HOLD ? lastDoseOn(start, rule, zone) : null;
      Instant lastDoseBy =
          lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant();
      Instant restart = end.plus(restartAfter.getOrDefault(medication.drugClass(), Duration.ZERO));
      holds.add(
          new DrugHold(
              medication.name(), medication.drugClass(), rule, lastDay, lastDoseBy, restart));
    }
    return holds;
  }

  /**
   * The last day on which a dose at any hour, up to midnight, still leaves the whole hold before
   * the start: the day before the one on which the hold must begin.
   */
  static LocalDate lastDoseOn(Instant start, HoldRule rule, ZoneId zone) {
    return LocalDate.ofInstant(start.minus(rule.hold()), zone).minusDays(1);
  }

  /**
   * The first day a procedure can be done, at any hour of it, after a hold whose last dose is on
   * {@code lastDose}.
   */
  static LocalDate firstDayAfterHold(LocalDate lastDose, HoldRule rule, ZoneId zone) {
    var holdEnds = lastDose.plusDays(1).atStartOfDay(zone).plus(rule.hold());
    LocalDate day = holdEnds.toLocalDate();
    return holdEnds.equals(day.atStartOfDay(zone)) ? day : day.plusDays(1);
  }

  /** A medication as the holds need it: its name and class. */
  public record MedicationInUse(String name, AntithromboticClass drugClass) {
    public MedicationInUse {
      Check.text(name, "medication", 120);
      Check.present(drugClass, "drugClass");
    }
  }
}
