package org.procedura.outcomes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.outcomes.model.OutcomeFixtures.CAPS;
import static org.procedura.outcomes.model.OutcomeFixtures.DONE;
import static org.procedura.outcomes.model.OutcomeFixtures.by;
import static org.procedura.outcomes.model.OutcomeFixtures.details;
import static org.procedura.outcomes.model.OutcomeFixtures.openRecord;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.UnprocessableException;

class ProcedureRecordTest {
  private static final List<Duration> DIARY = List.of(Duration.ofMinutes(30), Duration.ofHours(1));

  private static Injectate dexamethasone(String mg) {
    return new Injectate("Dexamethasone", new BigDecimal(mg));
  }

  @Test
  void takesASteroidDoseAtItsCapAndRefusesOneAbove() {
    ProcedureRecord atCap = openRecord();
    atCap.record(details(List.of(dexamethasone("6"), dexamethasone("4"))), CAPS, by(DONE));

    assertThat(atCap.current()).isPresent();
    assertThatThrownBy(
            () -> openRecord().record(details(List.of(dexamethasone("10.5"))), CAPS, by(DONE)))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("10.5 mg exceeds the clinic's cap of 10 mg per session");
  }

  @Test
  void anAmendmentKeepsTheOriginalAndNamesWhatItChanged() {
    ProcedureRecord record = openRecord();
    record.record(details(List.of()), CAPS, by(DONE));
    record.amend(0, details(List.of(dexamethasone("4"))), "dose left out", CAPS, by(DONE));

    assertThat(record.getRevisions()).hasSize(2);
    assertThat(record.getRevisions().getFirst().details().injectates()).isEmpty();
    assertThat(record.getRevisions().getLast().changed()).containsExactly("injectates");
    assertThat(record.getRevisions().getLast().reason()).isEqualTo("dose left out");
  }

  @Test
  void isRecordedOnceThenOnlyAmendedOnTheVersionRead() {
    ProcedureRecord record = openRecord();
    record.record(details(List.of()), CAPS, by(DONE));

    assertThatThrownBy(() -> record.record(details(List.of()), CAPS, by(DONE)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> record.amend(3, details(List.of()), "x", CAPS, by(DONE)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> record.amend(0, details(List.of()), "x", CAPS, by(DONE)))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("changes nothing");
  }

  @Test
  void keepsThePainDiaryAtTheProtocolsTimePointsOnly() {
    ProcedureRecord record = openRecord();
    record.addDiaryEntry(Duration.ofHours(1), Measure.nrs(2), DIARY, by(DONE));
    record.addDiaryEntry(Duration.ofMinutes(30), Measure.nrs(1), DIARY, by(DONE));

    assertThat(record.getDiary()).extracting(DiaryEntry::after).containsExactlyElementsOf(DIARY);
    assertThatThrownBy(
            () -> record.addDiaryEntry(Duration.ofMinutes(45), Measure.nrs(1), DIARY, by(DONE)))
        .isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(
            () -> record.addDiaryEntry(Duration.ofMinutes(30), Measure.nrs(1), DIARY, by(DONE)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                openRecord()
                    .addDiaryEntry(Duration.ofMinutes(30), Measure.nrs(1), List.of(), by(DONE)))
        .isInstanceOf(UnprocessableException.class);
  }

  @Test
  void aSteroidNamedWithItsSaltOrPreparationCountsAgainstItsCap() {
    var salt = new Injectate("Dexamethasone sodium phosphate", new java.math.BigDecimal("20"));
    var preservativeFree = new Injectate("dexamethasone (PF)", new java.math.BigDecimal("10.5"));

    assertThatThrownBy(() -> openRecord().record(details(List.of(salt)), CAPS, by(DONE)))
        .isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(
            () -> openRecord().record(details(List.of(preservativeFree)), CAPS, by(DONE)))
        .isInstanceOf(UnprocessableException.class);
  }
}
