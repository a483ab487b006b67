package org.procedura.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void isAPercentageToOneDecimalRoundedHalfUp() {
    assertThat(new Rate(1, 3).percent()).isEqualByComparingTo("33.3");
    assertThat(new Rate(2, 3).percent()).isEqualByComparingTo("66.7");
    assertThat(new Rate(1, 8).percent()).isEqualByComparingTo("12.5");
  }

  @Test
  void hasNoPercentageWithoutADenominator() {
    assertThat(Rate.NONE.percent()).isNull();
    assertThat(new Rate(0, 1).percent()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void refusesMoreThanItsDenominator() {
    assertThat(new Rate(3, 3).percent()).isEqualByComparingTo("100");
    assertThatThrownBy(() -> new Rate(4, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
