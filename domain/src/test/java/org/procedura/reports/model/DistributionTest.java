package org.procedura.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void takesTheNearestRankOfTenCases() {
    var d = Distribution.of(List.of(10L, 1L, 9L, 2L, 8L, 3L, 7L, 4L, 6L, 5L));

    assertThat(d.count()).isEqualTo(10);
    assertThat(d.median()).isEqualTo(5); // rank 5 of 10: the lower middle value
    assertThat(d.p90()).isEqualTo(9); // rank 9 of 10
  }

  @Test
  void elevenCasesMoveTheNinetiethPercentileToTheTenthRank() {
    var d = Distribution.of(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L));

    assertThat(d.median()).isEqualTo(6); // ceil(5.5) = 6
    assertThat(d.p90()).isEqualTo(10); // ceil(9.9) = 10
  }

  @Test
  void oneCaseIsItsOwnMedianAndPercentile() {
    assertThat(Distribution.of(List.of(4L))).isEqualTo(new Distribution(1, 4L, 4L));
  }

  @Test
  void noCasesGiveNoFigures() {
    assertThat(Distribution.of(List.of())).isEqualTo(new Distribution(0, null, null));
  }
}
