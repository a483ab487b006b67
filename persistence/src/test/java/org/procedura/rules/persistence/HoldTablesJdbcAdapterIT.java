package org.procedura.rules.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.catalog.model.BleedingRisk.HIGH;
import static org.procedura.catalog.model.BleedingRisk.INTERMEDIATE;
import static org.procedura.catalog.model.BleedingRisk.LOW;
import static org.procedura.patient.model.AntithromboticClass.APIXABAN;
import static org.procedura.patient.model.AntithromboticClass.ASPIRIN_PRIMARY_PREVENTION;
import static org.procedura.patient.model.AntithromboticClass.CLOPIDOGREL;
import static org.procedura.patient.model.AntithromboticClass.NSAID_NAPROXEN;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.rules.model.HoldRule;
import org.procedura.rules.model.HoldTable;
import org.procedura.rules.model.HoldTables;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HoldTablesJdbcAdapterIT extends RealDatabaseTest {
  @Autowired HoldTables holdTables;

  @Test
  void readsTheSeededHoldsByDrugAndBleedingRisk() {
    HoldTable table = holdTables.current();

    assertThat(table.ruleFor(CLOPIDOGREL, INTERMEDIATE)).isEqualTo(HoldRule.days(7));
    assertThat(table.ruleFor(CLOPIDOGREL, LOW)).isEqualTo(HoldRule.SHARED_DECISION);
    assertThat(table.ruleFor(APIXABAN, HIGH)).isEqualTo(HoldRule.days(3));
    assertThat(table.ruleFor(ASPIRIN_PRIMARY_PREVENTION, HIGH)).isEqualTo(HoldRule.days(6));
    assertThat(table.ruleFor(NSAID_NAPROXEN, HIGH)).isEqualTo(HoldRule.days(4));
  }

  @Test
  void aDrugWithoutARowForTheRiskNeedsNoHold() {
    assertThat(holdTables.current().ruleFor(NSAID_NAPROXEN, INTERMEDIATE)).isEqualTo(HoldRule.NONE);
    assertThat(holdTables.current().ruleFor(ASPIRIN_PRIMARY_PREVENTION, LOW))
        .isEqualTo(HoldRule.NONE);
  }

  @Test
  void readsThePatientFactorsThatRaiseTheBleedingRisk() {
    var factors = holdTables.patientFactors();

    assertThat(factors.ageFrom()).isEqualTo(65);
    assertThat(factors.apply(65, Set.of())).isTrue();
    assertThat(factors.apply(64, Set.of())).isFalse();
    assertThat(factors.apply(40, Set.of("K74.60"))).isTrue();
    assertThat(factors.apply(40, Set.of("N18.3"))).isTrue();
    assertThat(factors.apply(40, Set.of("M54.16"))).isFalse();
  }
}
