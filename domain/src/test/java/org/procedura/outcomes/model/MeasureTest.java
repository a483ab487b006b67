package org.procedura.outcomes.model;

import static java.math.BigDecimal.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.shared.model.InvalidInputException;

class MeasureTest {

  private static List<Integer> answers(Integer... items) {
    return Arrays.asList(items);
  }

  @Test
  void scoresTheOswestryIndexAsSumOverFiveTimesSectionsAnswered() {
    // 2+3+1+2+2+3+1+2+2+2 = 20 of 50 -> 40 %
    Measure odi = Measure.of(Scale.ODI, null, answers(2, 3, 1, 2, 2, 3, 1, 2, 2, 2));

    assertThat(odi.score()).isEqualByComparingTo("40.0");
  }

  @Test
  void scoresAPartlyAnsweredOswestryIndexOnTheSectionsAnswered() {
    // 9 answered, sum 20 of 45 -> 44.4 %; 8 answered, sum 18 of 40 -> 45 %
    Measure nine = Measure.of(Scale.ODI, null, answers(2, 3, 1, 2, 2, 3, 1, 2, 4, null));
    Measure eight = Measure.of(Scale.ODI, null, answers(2, 3, 1, 2, 2, 3, 1, 4, null, null));

    assertThat(nine.score()).isEqualByComparingTo("44.4");
    assertThat(eight.score()).isEqualByComparingTo("45.0");
    assertThat(eight.items()).containsExactly(2, 3, 1, 2, 2, 3, 1, 4, null, null);
  }

  @Test
  void refusesAnOswestryIndexWithFewerThanEightSectionsAnswered() {
    assertThatThrownBy(
            () -> Measure.of(Scale.ODI, null, answers(2, 3, 1, 2, 2, 3, 1, null, null, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 8");
  }

  @Test
  void refusesAnswersOffTheScaleAndTheWrongNumberOfItems() {
    assertThatThrownBy(() -> Measure.of(Scale.ODI, null, answers(6, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Measure.of(Scale.NDI, null, answers(1, 1, 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Measure.of(Scale.ODI, valueOf(40), null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void scoresTheNeckDisabilityIndexAsTheSumOfItsTenItems() {
    Measure ndi = Measure.of(Scale.NDI, null, answers(5, 5, 5, 5, 5, 5, 5, 5, 5, 5));
    Measure some = Measure.of(Scale.NDI, null, answers(1, 2, 3, 0, 1, 2, 3, 0, 1, 2));

    assertThat(ndi.score()).isEqualByComparingTo("50");
    assertThat(some.score()).isEqualByComparingTo("15");
    assertThatThrownBy(() -> Measure.of(Scale.NDI, null, answers(1, 2, 3, 0, 1, 2, 3, 0, 1, null)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void scoresPegAsTheMeanOfItsThreeItems() {
    assertThat(Measure.of(Scale.PEG, null, answers(7, 6, 6)).score()).isEqualByComparingTo("6.3");
    assertThat(Measure.of(Scale.PEG, null, answers(10, 10, 10)).score()).isEqualByComparingTo("10");
    assertThatThrownBy(() -> Measure.of(Scale.PEG, null, answers(11, 0, 0)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void keepsSingleValueScalesWithinTheirRange() {
    assertThat(Measure.nrs(0).score()).isEqualByComparingTo("0");
    assertThat(Measure.nrs(10).score()).isEqualByComparingTo("10");
    assertThatThrownBy(() -> Measure.nrs(11)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Measure.of(Scale.NRS, new BigDecimal("6.5"), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Measure.of(Scale.PERCENT_RELIEF, valueOf(101), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Measure.of(Scale.PGIC, valueOf(0), null))
        .isInstanceOf(InvalidInputException.class);
    assertThat(Measure.of(Scale.MME, new BigDecimal("22.5"), null).score())
        .isEqualByComparingTo("22.5");
    assertThatThrownBy(() -> Measure.of(Scale.MME, valueOf(-1), null))
        .isInstanceOf(InvalidInputException.class);
  }
}
