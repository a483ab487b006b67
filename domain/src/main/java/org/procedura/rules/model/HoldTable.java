package org.procedura.rules.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.shared.model.Check;

/**
 * The hold table (ASRA Pain Medicine; clinical-rules.md section 3) as data: for each drug class and
 * bleeding-risk class what is needed, and how long after the procedure the drug may restart. A
 * class without an entry needs nothing.
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
   * so. Only medications that need something are listed.
   */
  public List<DrugHold> holdsFor(
      List<MedicationInUse> medications,
      BleedingRisk procedureRisk,
      boolean patientFactors,
      Instant start,
      Instant end) {
    BleedingRisk risk = patientFactors ? procedureRisk.raised() : procedureRisk;
    List<DrugHold> holds = new ArrayList<>();
    for (MedicationInUse medication : medications) {
      HoldRule rule = ruleFor(medication.drugClass(), risk);
      if (rule.kind() == HoldRule.Kind.NONE) {
        continue;
      }
      Instant lastDose = rule.kind() == HoldRule.Kind.HOLD ? start.minus(rule.hold()) : null;
      Instant restart = end.plus(restartAfter.getOrDefault(medication.drugClass(), Duration.ZERO));
      holds.add(new DrugHold(medication.name(), medication.drugClass(), rule, lastDose, restart));
    }
    return holds;
  }

  /** A medication as the holds need it: its name and class. */
  public record MedicationInUse(String name, AntithromboticClass drugClass) {
    public MedicationInUse {
      Check.text(name, "medication", 120);
      Check.present(drugClass, "drugClass");
    }
  }
}
