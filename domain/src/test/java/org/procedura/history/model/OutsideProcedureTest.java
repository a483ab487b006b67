package org.procedura.history.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.history.model.OutsideFixtures.ESI_TF_LUMB;
import static org.procedura.history.model.OutsideFixtures.LEFT_L4_L5;
import static org.procedura.history.model.OutsideFixtures.NURSE;
import static org.procedura.history.model.OutsideFixtures.PHYSICIAN;
import static org.procedura.history.model.OutsideFixtures.TODAY;
import static org.procedura.history.model.OutsideFixtures.TPI;
import static org.procedura.history.model.OutsideFixtures.anOutsideEsi;
import static org.procedura.history.model.OutsideFixtures.stored;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.ProcedureSite;

class OutsideProcedureTest {
  private final PatientId patient = PatientId.newId();

  private OutsideProcedure recorded(OutsideProcedureDetails details) {
    return OutsideProcedure.record(patient, details, ESI_TF_LUMB, NURSE, TODAY);
  }

  @Test
  void recordsWhatTheDocumentSaysAsANewCurrentRecord() {
    OutsideProcedureDetails details = anOutsideEsi().build();

    OutsideProcedure procedure = recorded(details);

    assertThat(procedure.getId()).isNotNull();
    assertThat(procedure.getPatient()).isEqualTo(patient);
    assertThat(procedure.getDetails()).isEqualTo(details);
    assertThat(procedure.getRecorded()).isEqualTo(NURSE);
    assertThat(procedure.getCorrected()).isNull();
    assertThat(procedure.isCurrent()).isTrue();
    assertThat(procedure.getVersion()).isNull();
  }

  @Test
  void acceptsAProcedureDoneToday() {
    assertThat(recorded(anOutsideEsi().on(TODAY).relief(OutsideRelief.UNKNOWN).build()).isCurrent())
        .isTrue();
  }

  @Test
  void refusesAProcedureDoneTomorrow() {
    var tomorrow = anOutsideEsi().on(TODAY.plusDays(1)).relief(OutsideRelief.UNKNOWN).build();

    assertInvalid("performedOn", () -> recorded(tomorrow));
  }

  @Test
  void acceptsTheFirstDayOf1900AndRefusesTheDayBefore() {
    assertThat(recorded(anOutsideEsi().on(LocalDate.of(1900, 1, 1)).build()).isCurrent()).isTrue();
    var before1900 = anOutsideEsi().on(LocalDate.of(1899, 12, 31)).build();
    assertInvalid("performedOn", () -> recorded(before1900));
  }

  @Test
  void refusesReliefLastingLongerThanAnyCalendarWithoutFailing() {
    var forever =
        anOutsideEsi()
            .on(LocalDate.of(1900, 1, 1))
            .relief(new OutsideRelief(60, java.time.Period.ofYears(Integer.MAX_VALUE), null))
            .build();

    assertInvalid("reliefLasted", () -> recorded(forever));
  }

  @Test
  void acceptsNoReliefAndCompleteRelief() {
    assertThat(
            recorded(anOutsideEsi().relief(new OutsideRelief(0, null, null)).build()).isCurrent())
        .isTrue();
    assertThat(
            recorded(anOutsideEsi().relief(new OutsideRelief(100, null, TODAY)).build())
                .isCurrent())
        .isTrue();
  }

  @Test
  void refusesReliefBelowNoneOrAboveComplete() {
    assertInvalid("reliefPercent", () -> anOutsideEsi().relief(new OutsideRelief(-1, null, null)));
    assertInvalid("reliefPercent", () -> anOutsideEsi().relief(new OutsideRelief(101, null, null)));
  }

  @Test
  void refusesReliefThatWouldHaveLastedPastToday() {
    var fourMonthsAgo = anOutsideEsi().on(TODAY.minusMonths(4));

    assertThat(
            recorded(fourMonthsAgo.relief(new OutsideRelief(70, Period.ofMonths(4), null)).build())
                .isCurrent())
        .isTrue();
    assertInvalid(
        "reliefLasted",
        () ->
            recorded(
                fourMonthsAgo.relief(new OutsideRelief(70, Period.ofMonths(5), null)).build()));
  }

  @Test
  void needsTheSourceDocument() {
    assertInvalid("sourceDocument", () -> anOutsideEsi().source(null).build());
    assertInvalid("sourceDocument", () -> anOutsideEsi().source("  ").build());
    assertInvalid("sourceDocument", () -> anOutsideEsi().source("x".repeat(201)).build());
  }

  @Test
  void whoDidItIsOptional() {
    assertThat(anOutsideEsi().performedBy(" ").build().performedBy()).isNull();
  }

  @Test
  void refusesASiteThatDoesNotFitTheProcedureType() {
    var noSide =
        anOutsideEsi().site(new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), null)).build();
    var noLevels =
        anOutsideEsi().site(new ProcedureSite(SpinalRegion.LUMBAR, List.of(), null)).build();

    assertInvalid("site.laterality", () -> recorded(noSide));
    assertInvalid("site.levels", () -> recorded(noLevels));
    assertInvalid(
        "site.region",
        () ->
            OutsideProcedure.record(
                patient, anOutsideEsi().type(TPI.getCode()).build(), TPI, NURSE, TODAY));
  }

  @Test
  void recordsAProcedureWithoutASiteWhenItsTypeHasNone() {
    var trigger = anOutsideEsi().type(TPI.getCode()).site(null).build();

    OutsideProcedure procedure = OutsideProcedure.record(patient, trigger, TPI, NURSE, TODAY);

    assertThat(procedure.getDetails().site()).isEqualTo(ProcedureSite.NONE);
  }

  @Test
  void correctsTheVersionTheCallerSaw() {
    OutsideProcedure procedure = stored(patient, 2);
    var corrected = anOutsideEsi().on(TODAY.minusMonths(5)).site(LEFT_L4_L5).build();

    procedure.correct(2, corrected, ESI_TF_LUMB, PHYSICIAN, TODAY);

    assertThat(procedure.getDetails()).isEqualTo(corrected);
    assertThat(procedure.getCorrected()).isEqualTo(PHYSICIAN);
    assertThat(procedure.getRecorded()).isEqualTo(NURSE);
  }

  @Test
  void refusesACorrectionOnAnOlderVersion() {
    OutsideProcedure procedure = stored(patient, 2);

    assertStale(
        1, 2, () -> procedure.correct(1, anOutsideEsi().build(), ESI_TF_LUMB, PHYSICIAN, TODAY));
  }

  @Test
  void checksACorrectionLikeARecording() {
    OutsideProcedure procedure = stored(patient, 0);
    var tomorrow = anOutsideEsi().on(TODAY.plusDays(1)).relief(OutsideRelief.UNKNOWN).build();

    assertInvalid(
        "performedOn", () -> procedure.correct(0, tomorrow, ESI_TF_LUMB, PHYSICIAN, TODAY));
    assertThat(procedure.getCorrected()).isNull();
  }

  @Test
  void enteredInErrorItNoLongerCountsAndKeepsWhyWhoAndWhen() {
    OutsideProcedure procedure = stored(patient, 0);

    procedure.enterInError(0, "another patient's letter", PHYSICIAN);

    assertThat(procedure.isCurrent()).isFalse();
    assertThat(procedure.getEnteredInError())
        .isEqualTo(new EnteredInError("another patient's letter", PHYSICIAN));
  }

  @Test
  void enteringInErrorNeedsAReason() {
    assertInvalid("reason", () -> stored(patient, 0).enterInError(0, " ", PHYSICIAN));
  }

  @Test
  void enteredInErrorIsFinal() {
    OutsideProcedure procedure =
        new OutsideProcedure(
            OutsideProcedureId.newId(),
            patient,
            anOutsideEsi().build(),
            NURSE,
            null,
            new EnteredInError("duplicate", PHYSICIAN),
            1L);

    assertConflict(
        OutsideProcedure.ENTERED_IN_ERROR,
        () -> procedure.correct(1, anOutsideEsi().build(), ESI_TF_LUMB, PHYSICIAN, TODAY));
    assertConflict(
        OutsideProcedure.ENTERED_IN_ERROR, () -> procedure.enterInError(1, "again", PHYSICIAN));
    assertThat(procedure.getEnteredInError().reason()).isEqualTo("duplicate");
  }

  @Test
  void belongsToItsPatientOnly() {
    OutsideProcedure procedure = stored(patient, 0);

    assertThat(procedure.belongsTo(patient)).isTrue();
    assertThat(procedure.belongsTo(PatientId.newId())).isFalse();
  }
}
