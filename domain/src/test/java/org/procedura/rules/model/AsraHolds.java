package org.procedura.rules.model;

import static org.procedura.catalog.model.BleedingRisk.HIGH;
import static org.procedura.catalog.model.BleedingRisk.INTERMEDIATE;
import static org.procedura.catalog.model.BleedingRisk.LOW;
import static org.procedura.patient.model.AntithromboticClass.*;
import static org.procedura.rules.model.HoldRule.SHARED_DECISION;
import static org.procedura.rules.model.HoldRule.days;
import static org.procedura.rules.model.HoldRule.hours;

import java.time.Duration;
import java.util.Map;

/** The table of docs/clinical-reference.md section 3, as the seed will hold it. */
final class AsraHolds {
  private AsraHolds() {}

  static HoldTable table() {
    return new HoldTable(
        Map.ofEntries(
            Map.entry(
                ASPIRIN_PRIMARY_PREVENTION, Map.of(HIGH, days(6), INTERMEDIATE, SHARED_DECISION)),
            Map.entry(
                ASPIRIN_SECONDARY_PREVENTION,
                Map.of(HIGH, SHARED_DECISION, INTERMEDIATE, SHARED_DECISION)),
            Map.entry(NSAID_IBUPROFEN, Map.of(HIGH, days(1))),
            Map.entry(NSAID_NAPROXEN, Map.of(HIGH, days(4))),
            Map.entry(NSAID_PIROXICAM, Map.of(HIGH, days(10))),
            Map.entry(WARFARIN, Map.of(HIGH, days(5), INTERMEDIATE, days(5), LOW, SHARED_DECISION)),
            Map.entry(
                ENOXAPARIN_PROPHYLACTIC,
                Map.of(HIGH, hours(12), INTERMEDIATE, hours(12), LOW, hours(12))),
            Map.entry(
                ENOXAPARIN_THERAPEUTIC,
                Map.of(HIGH, hours(24), INTERMEDIATE, hours(24), LOW, hours(24))),
            Map.entry(
                CLOPIDOGREL, Map.of(HIGH, days(7), INTERMEDIATE, days(7), LOW, SHARED_DECISION)),
            Map.entry(
                PRASUGREL, Map.of(HIGH, days(10), INTERMEDIATE, days(10), LOW, SHARED_DECISION)),
            Map.entry(
                TICAGRELOR, Map.of(HIGH, days(5), INTERMEDIATE, days(5), LOW, SHARED_DECISION)),
            Map.entry(APIXABAN, Map.of(HIGH, days(3), INTERMEDIATE, days(3), LOW, SHARED_DECISION)),
            Map.entry(
                DABIGATRAN, Map.of(HIGH, days(4), INTERMEDIATE, days(4), LOW, SHARED_DECISION))),
        Map.of(
            ASPIRIN_PRIMARY_PREVENTION, Duration.ofHours(24),
            WARFARIN, Duration.ofHours(6),
            ENOXAPARIN_THERAPEUTIC, Duration.ofHours(24),
            CLOPIDOGREL, Duration.ofHours(24),
            APIXABAN, Duration.ofHours(24)));
  }
}
