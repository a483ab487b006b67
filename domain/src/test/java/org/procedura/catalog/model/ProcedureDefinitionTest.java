package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;

class ProcedureDefinitionTest {

  @Test
  void acceptsADurationOfOneMinute() {
    assertThat(aDefinition().minutes(1).build().defaultDuration()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void refusesADurationOfZeroMinutes() {
    assertInvalid("defaultDurationMinutes", () -> aDefinition().minutes(0).build());
  }

  @Test
  void refusesANegativeDuration() {
    assertInvalid("defaultDurationMinutes", () -> aDefinition().minutes(-1).build());
  }

  @Test
  void acceptsADurationOf480Minutes() {
    assertThat(aDefinition().minutes(480).build().defaultDuration()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void refusesADurationOf481Minutes() {
    assertInvalid("defaultDurationMinutes", () -> aDefinition().minutes(481).build());
  }

  @Test
  void refusesADurationJustOverEightHours() {
    Duration justOver = Duration.ofHours(8).plusSeconds(1);

    assertInvalid("defaultDurationMinutes", () -> aDefinition().defaultDuration(justOver).build());
  }

  @Test
  void refusesAMissingDuration() {
    assertInvalid("defaultDurationMinutes", () -> aDefinition().defaultDuration(null).build());
  }

  @Test
  void acceptsOneCptCode() {
    assertThat(aDefinition().cptCodes(List.of(new CptCode("64483"))).build().cptCodes())
        .containsExactly(new CptCode("64483"));
  }

  @Test
  void keepsSeveralCptCodesInOrder() {
    List<CptCode> codes = List.of(new CptCode("64483"), new CptCode("64484"));

    assertThat(aDefinition().cptCodes(codes).build().cptCodes()).containsExactlyElementsOf(codes);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesADefinitionWithoutCptCodes(List<CptCode> codes) {
    assertInvalid("cptCodes", () -> aDefinition().cptCodes(codes).build());
  }

  @Test
  void keepsItsOwnCopyOfTheCptCodes() {
    List<CptCode> codes = new ArrayList<>(List.of(new CptCode("64483")));
    ProcedureDefinition definition = aDefinition().cptCodes(codes).build();

    codes.add(new CptCode("64484"));

    assertThat(definition.cptCodes()).containsExactly(new CptCode("64483"));
    assertThatThrownBy(() -> definition.cptCodes().add(new CptCode("64484")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void acceptsOneSetting() {
    assertThat(aDefinition().settings(Set.of(CareSetting.OFFICE)).build().settings())
        .containsExactly(CareSetting.OFFICE);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesADefinitionWithoutSettings(Set<CareSetting> settings) {
    assertInvalid("settings", () -> aDefinition().settings(settings).build());
  }

  @Test
  void keepsItsOwnCopyOfTheSettings() {
    Set<CareSetting> settings = new HashSet<>(Set.of(CareSetting.OFFICE));
    ProcedureDefinition definition = aDefinition().settings(settings).build();

    settings.add(CareSetting.HOSPITAL_OUTPATIENT);

    assertThat(definition.settings()).containsExactly(CareSetting.OFFICE);
  }

  @Test
  void acceptsANameOf150Characters() {
    assertThat(aDefinition().name("n".repeat(150)).build().name()).hasSize(150);
  }

  @Test
  void refusesANameOf151Characters() {
    assertInvalid("name", () -> aDefinition().name("n".repeat(151)).build());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void refusesABlankName(String name) {
    assertInvalid("name", () -> aDefinition().name(name).build());
  }

  @Test
  void trimsTheName() {
    assertThat(aDefinition().name("  Trigger point injection ").build().name())
        .isEqualTo("Trigger point injection");
  }

  @Test
  void needsACategory() {
    assertInvalid("category", () -> aDefinition().category(null).build());
  }

  @Test
  void needsImagingEvenIfNone() {
    assertInvalid("imaging", () -> aDefinition().imaging(null).build());
    assertThat(aDefinition().imaging(ImagingGuidance.none()).build().imaging().guided()).isFalse();
  }

  @Test
  void needsASedation() {
    assertInvalid("sedation", () -> aDefinition().sedation(null).build());
  }

  @Test
  void needsABleedingRisk() {
    assertInvalid("bleedingRisk", () -> aDefinition().bleedingRisk(null).build());
  }

  @Test
  void needsAPurpose() {
    assertInvalid("purpose", () -> aDefinition().purpose(null).build());
  }

  @Test
  void needsAnatomyDetails() {
    assertInvalid("anatomy", () -> aDefinition().anatomy(null).build());
  }

  @Test
  void refusesADurationThatIsNotAWholeNumberOfMinutes() {
    assertInvalid(
        "defaultDurationMinutes",
        () -> aDefinition().defaultDuration(Duration.ofSeconds(90)).build());
  }

  @Test
  void refusesEmptyEntriesAmongCptCodesAndSettings() {
    List<CptCode> codes = new ArrayList<>();
    codes.add(new CptCode("64483"));
    codes.add(null);
    Set<CareSetting> settings = new HashSet<>();
    settings.add(null);

    assertInvalid("cptCodes", () -> aDefinition().cptCodes(codes).build());
    assertInvalid("settings", () -> aDefinition().settings(settings).build());
  }
}
