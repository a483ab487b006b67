package org.procedura.outcomes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.outcomes.model.OutcomeFixtures.CAPS;
import static org.procedura.outcomes.model.OutcomeFixtures.DONE;
import static org.procedura.outcomes.model.OutcomeFixtures.RFA;
import static org.procedura.outcomes.model.OutcomeFixtures.RFA_TYPE;
import static org.procedura.outcomes.model.OutcomeFixtures.by;
import static org.procedura.outcomes.model.OutcomeFixtures.details;
import static org.procedura.outcomes.model.OutcomeFixtures.openRecord;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.AnatomyDetails;
import org.procedura.catalog.model.LevelForm;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
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
    atCap.record(
        details(List.of(dexamethasone("6"), dexamethasone("4"))), RFA_TYPE, CAPS, by(DONE));

    assertThat(atCap.current()).isPresent();
    assertThatThrownBy(
            () ->
                openRecord()
                    .record(details(List.of(dexamethasone("10.5"))), RFA_TYPE, CAPS, by(DONE)))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("10.5 mg exceeds the clinic's cap of 10 mg per session");
  }

  @Test
  void anAmendmentKeepsTheOriginalAndNamesWhatItChanged() {
    ProcedureRecord record = openRecord();
    record.record(details(List.of()), RFA_TYPE, CAPS, by(DONE));
    record.amend(
        0, details(List.of(dexamethasone("4"))), RFA_TYPE, "dose left out", CAPS, by(DONE));

    assertThat(record.getRevisions()).hasSize(2);
    assertThat(record.getRevisions().getFirst().details().injectates()).isEmpty();
    assertThat(record.getRevisions().getLast().changed()).containsExactly("injectates");
    assertThat(record.getRevisions().getLast().reason()).isEqualTo("dose left out");
  }

  @Test
  void isRecordedOnceThenOnlyAmendedOnTheVersionRead() {
    ProcedureRecord record = openRecord();
    record.record(details(List.of()), RFA_TYPE, CAPS, by(DONE));

    assertThatThrownBy(() -> record.record(details(List.of()), RFA_TYPE, CAPS, by(DONE)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> record.amend(3, details(List.of()), RFA_TYPE, "x", CAPS, by(DONE)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> record.amend(0, details(List.of()), RFA_TYPE, "x", CAPS, by(DONE)))
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

    assertThatThrownBy(() -> openRecord().record(details(List.of(salt)), RFA_TYPE, CAPS, by(DONE)))
        .isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(
            () -> openRecord().record(details(List.of(preservativeFree)), RFA_TYPE, CAPS, by(DONE)))
        .isInstanceOf(UnprocessableException.class);
  }

  @Test
  void refusesARecordAtASiteItsProcedureTypeIsNotDoneAt() {
    ProcedureRecord record = openRecord();
    ProcedureSite cervical = new ProcedureSite(SpinalRegion.CERVICAL, List.of("C5-C6"), null);

    assertInvalid(
        "site.region",
        "RFA_LUMB is done in the lumbar region; C5-C6 is cervical",
        () -> record.record(at(cervical), RFA_TYPE, CAPS, by(DONE)));
    assertInvalid(
        "site.laterality", () -> record.record(at(lumbar(null)), RFA_TYPE, CAPS, by(DONE)));
    assertThat(record.current()).isEmpty();
  }

  @Test
  void anAmendmentThatMovesTheSiteIsCheckedAgainstTheType() {
    ProcedureRecord record = openRecord();
    record.record(at(lumbar(Laterality.RIGHT)), RFA_TYPE, CAPS, by(DONE));

    assertInvalid(
        "site.levels",
        () -> record.amend(0, at(lumbar(Laterality.RIGHT, "L5")), RFA_TYPE, "x", CAPS, by(DONE)));
    record.amend(0, at(lumbar(Laterality.LEFT)), RFA_TYPE, "other side", CAPS, by(DONE));
    assertThat(record.getRevisions().getLast().changed()).containsExactly("site");
  }

  @Test
  void anAmendmentLeavingTheSiteIsNotHeldUpByACatalogRevisedSince() {
    ProcedureRecord record = openRecord();
    record.record(details(List.of()), RFA_TYPE, CAPS, by(DONE));
    ProcedureType thoracicOnly =
        ProcedureType.define(
            RFA,
            aDefinition()
                .anatomy(
                    new AnatomyDetails(
                        Set.of(SpinalRegion.THORACIC), LevelForm.SEGMENT, 1, 2, true, true))
                .build());

    record.amend(
        0, details(List.of(dexamethasone("4"))), thoracicOnly, "dose left out", CAPS, by(DONE));

    assertThat(record.getRevisions()).hasSize(2);
  }

  private static ProcedureSite lumbar(Laterality side, String... levels) {
    return new ProcedureSite(
        SpinalRegion.LUMBAR, levels.length == 0 ? List.of("L4-L5") : List.of(levels), side);
  }

  private static ProcedureDetails at(ProcedureSite site) {
    ProcedureDetails d = details(List.of());
    return new ProcedureDetails(
        d.performedAt(),
        d.procedureType(),
        site,
        d.imaging(),
        d.fluoroscopySeconds(),
        d.fluoroscopyDoseMgy(),
        d.contrastMl(),
        d.injectates(),
        d.sedation(),
        d.complication(),
        d.immediatePain());
  }
}
