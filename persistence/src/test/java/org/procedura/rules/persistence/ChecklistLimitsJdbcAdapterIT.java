package org.procedura.rules.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistLimit;
import org.procedura.rules.model.ChecklistLimits;
import org.procedura.rules.model.Meal;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ChecklistLimitsJdbcAdapterIT extends RealDatabaseTest {
  @Autowired ChecklistLimits limits;

  @Test
  void theInrLimitAppliesAtIntermediateAndHighRiskOnly() {
    var all = limits.all();

    for (BleedingRisk risk : new BleedingRisk[] {BleedingRisk.INTERMEDIATE, BleedingRisk.HIGH}) {
      assertThat(ChecklistLimit.applying(all, ChecklistItem.INR, risk, null))
          .hasValueSatisfying(
              limit -> assertThat(limit.maximum()).isEqualByComparingTo(new BigDecimal("1.4")));
    }
    assertThat(ChecklistLimit.applying(all, ChecklistItem.INR, BleedingRisk.LOW, null)).isEmpty();
  }

  @Test
  void readsTheGlucoseLimitWithItsUnitAndTheFastingTimesPerMeal() {
    var all = limits.all();

    assertThat(ChecklistLimit.applying(all, ChecklistItem.BLOOD_GLUCOSE, BleedingRisk.LOW, null))
        .hasValueSatisfying(
            glucose -> {
              assertThat(glucose.maximum()).isEqualByComparingTo("200");
              assertThat(glucose.unit()).isEqualTo("mg/dL");
            });
    assertThat(
            ChecklistLimit.applying(
                    all, ChecklistItem.LAST_SOLID_FOOD, BleedingRisk.LOW, Meal.LIGHT)
                .map(ChecklistLimit::fastingTime))
        .contains(Duration.ofHours(6));
    assertThat(
            ChecklistLimit.applying(
                    all, ChecklistItem.LAST_SOLID_FOOD, BleedingRisk.LOW, Meal.FATTY)
                .map(ChecklistLimit::fastingTime))
        .contains(Duration.ofHours(8));
    assertThat(
            ChecklistLimit.applying(all, ChecklistItem.LAST_CLEAR_LIQUIDS, BleedingRisk.LOW, null)
                .map(ChecklistLimit::fastingTime))
        .contains(Duration.ofHours(2));
  }
}
