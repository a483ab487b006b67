package org.procedura.rules.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.Severity;

class BookingEligibilityTest {
  private static final LocalDate ASKED = LocalDate.of(2026, 3, 2);

  private static Finding block(String rule, LocalDate earliest) {
    return new Finding(rule, Severity.BLOCK, "blocked", Map.of(), "wait", earliest);
  }

  private static Finding warn(String rule) {
    return new Finding(rule, Severity.WARN, "careful", Map.of(), "acknowledge", null);
  }

  @Test
  void aBlockThatCannotBeWaitedOutHasNoEarliestDate() {
    List<LocalDate> asked = new ArrayList<>();

    LocalDate earliest =
        BookingEligibility.firstDateWithoutABlock(
            List.of(block("INTERVAL", ASKED.plusDays(14)), block("DOCUMENT", null)),
            date -> {
              asked.add(date);
              return List.of();
            });

    assertThat(earliest).isNull();
    assertThat(asked).isEmpty();
  }

  @Test
  void waitsForTheLatestOfTheBlockingRulesAndAcceptsWarningsThere() {
    LocalDate earliest =
        BookingEligibility.firstDateWithoutABlock(
            List.of(block("INTERVAL", ASKED.plusDays(14)), block("FREQUENCY", ASKED.plusDays(40))),
            date ->
                date.equals(ASKED.plusDays(40))
                    ? List.of(warn("HOLD"))
                    : List.of(block("X", null)));

    assertThat(earliest).isEqualTo(ASKED.plusDays(40));
  }

  @Test
  void followsARuleThatBlocksAgainOnTheDateTheFirstOneNamed() {
    LocalDate second = ASKED.plusDays(14);
    LocalDate third = ASKED.plusDays(60);

    LocalDate earliest =
        BookingEligibility.firstDateWithoutABlock(
            List.of(block("INTERVAL", second)),
            date -> date.equals(second) ? List.of(block("FREQUENCY", third)) : List.<Finding>of());

    assertThat(earliest).isEqualTo(third);
  }

  @Test
  void givesUpAfterTheLastStepRatherThanSearchForever() {
    List<LocalDate> asked = new ArrayList<>();

    LocalDate earliest =
        BookingEligibility.firstDateWithoutABlock(
            List.of(block("ROLLING", ASKED.plusDays(1))),
            date -> {
              asked.add(date);
              return List.of(block("ROLLING", date.plusDays(1)));
            });

    assertThat(earliest).isNull();
    assertThat(asked).hasSize(BookingEligibility.MOST_STEPS);
  }

  @Test
  void aSearchWaitsOutOnlyTheBlocksThatNameADate() {
    LocalDate painLongEnough = ASKED.plusDays(21);

    LocalDate first =
        BookingEligibility.pastTheWaitingRules(
            ASKED,
            date ->
                date.isBefore(painLongEnough)
                    ? List.of(block("DURATION", painLongEnough), block("CARE", null))
                    : List.of(block("CARE", null)));

    assertThat(first).isEqualTo(painLongEnough);
  }

  @Test
  void aSearchStartsOnTheDayAskedWhenNothingNeedsWaitingFor() {
    assertThat(BookingEligibility.pastTheWaitingRules(ASKED, date -> List.of(warn("HOLD"))))
        .isEqualTo(ASKED);
    assertThat(BookingEligibility.pastTheWaitingRules(ASKED, date -> List.of(block("PAST", ASKED))))
        .isEqualTo(ASKED);
  }

  @Test
  void theVerdictIsBlockedOnAnyBlockElseAcknowledgementOnAnyWarning() {
    assertThat(new Eligibility(ASKED, null, null, List.of(), null).verdict())
        .isEqualTo(Eligibility.Verdict.MAY_BOOK);
    assertThat(new Eligibility(ASKED, null, null, List.of(warn("HOLD")), null).verdict())
        .isEqualTo(Eligibility.Verdict.NEEDS_ACKNOWLEDGEMENT);
    assertThat(
            new Eligibility(ASKED, null, null, List.of(warn("HOLD"), block("X", null)), null)
                .verdict())
        .isEqualTo(Eligibility.Verdict.BLOCKED);
  }
}
