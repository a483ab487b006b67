package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DIAGNOSTIC_MBB;
import static org.procedura.rules.model.RuleFixtures.ESI;
import static org.procedura.rules.model.RuleFixtures.RFA;
import static org.procedura.rules.model.RuleFixtures.header;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;

class RuleParametersTest {

  @Test
  void everyKindOfRuleComesBackFromItsParameters() {
    List<PayerRule> rules =
        List.of(
            new MinimumDuration(header("A", ESI), Period.ofWeeks(4), 4, Set.of("B02")),
            new AllowedImaging(
                header("B", ESI),
                Set.of(ImagingModality.CT, ImagingModality.FLUOROSCOPY),
                true,
                Set.of(ImagingModality.ULTRASOUND)),
            new LevelsPerSession(header("C", ESI), 2, false),
            new FrequencyInWindow(header("D", ESI), 4, Period.ofMonths(12), true),
            new MinimumInterval(header("E", DIAGNOSTIC_MBB), Period.ofDays(14), true),
            new QualifyingBlocks(header("F", RFA), DIAGNOSTIC_MBB, 2, 80, true),
            new DocumentOnFile(
                header("G", RFA),
                DocumentKind.PRIOR_AUTHORIZATION,
                Set.of(CareSetting.HOSPITAL_OUTPATIENT)),
            new DurableReliefForRepeat(
                header("H", ESI), Period.ofMonths(12), Period.ofMonths(3), Period.ofDays(14)),
            new DurableReliefForRepeat(
                header("I", RFA), Period.ofMonths(24), Period.ofMonths(6), null));

    for (PayerRule rule : rules) {
      PayerRule again =
          RuleParameters.rule(rule.header(), RuleParameters.kindOf(rule), RuleParameters.of(rule));
      assertThat(again).as(rule.header().id()).isEqualTo(rule);
    }
  }

  @Test
  void aMissingOrMalformedParameterIsRefusedByName() {
    Map<String, String> parameters =
        new HashMap<>(Map.of("maxSessions", "4", "window", "twelve months", "perRegion", "true"));

    assertInvalid(
        "parameters.window",
        () -> RuleParameters.rule(header("D", ESI), "FREQUENCY_IN_WINDOW", parameters));
    parameters.put("window", "P12M");
    parameters.put("maxSessions", "four");
    assertInvalid(
        "parameters.maxSessions",
        () -> RuleParameters.rule(header("D", ESI), "FREQUENCY_IN_WINDOW", parameters));
    parameters.remove("maxSessions");
    assertInvalid(
        "parameters.maxSessions",
        () -> RuleParameters.rule(header("D", ESI), "FREQUENCY_IN_WINDOW", parameters));
    parameters.put("maxSessions", "0");
    assertInvalid(
        "maxSessions",
        () -> RuleParameters.rule(header("D", ESI), "FREQUENCY_IN_WINDOW", parameters));
    parameters.put("maxSessions", "4");
    parameters.put("perRegion", "yes");
    assertInvalid(
        "parameters.perRegion",
        () -> RuleParameters.rule(header("D", ESI), "FREQUENCY_IN_WINDOW", parameters));
  }

  @Test
  void refusesAnUnknownKindAndAnUnknownModality() {
    assertInvalid("kind", () -> RuleParameters.rule(header("X", ESI), "MOON_PHASE", Map.of()));
    assertInvalid(
        "parameters.allowed",
        () ->
            RuleParameters.rule(
                header("B", ESI),
                "ALLOWED_IMAGING",
                Map.of(
                    "allowed",
                    "XRAY",
                    "contrastRequired",
                    "true",
                    "whenContrastContraindicated",
                    "")));
  }

  @Test
  void readsAScopeFromItsStoredParts() {
    assertThat(RuleParameters.scope("FACET,RADIOFREQUENCY_ABLATION", null, ""))
        .isEqualTo(
            new RuleScope(
                Set.of(ProcedureCategory.FACET, ProcedureCategory.RADIOFREQUENCY_ABLATION),
                Set.of(),
                null));
    assertThat(RuleParameters.scope("", "MBB_LUMB", "DIAGNOSTIC").purpose())
        .isEqualTo(ProcedurePurpose.DIAGNOSTIC);
    assertInvalid("parameters.purpose", () -> RuleParameters.scope("FACET", "", "SOMETIMES"));
  }

  @Test
  void theFacetSacroiliacAndAugmentationKindsComeBackFromTheirParameters() {
    RuleScope siJoint = RuleScope.of(new org.procedura.catalog.model.ProcedureTypeCode("SI_JOINT"));
    List<PayerRule> rules =
        List.of(
            new SecondBlockAfterRelief(header("J", DIAGNOSTIC_MBB), 80, Period.ofMonths(12)),
            new RepeatBlocksAfterLapse(header("K", RFA), DIAGNOSTIC_MBB, 2, 80, Period.ofYears(2)),
            new QualifyingBlocks(
                header("L", siJoint.only(ProcedurePurpose.THERAPEUTIC)),
                siJoint.only(ProcedurePurpose.DIAGNOSTIC),
                1,
                75,
                true),
            new RecentDiagnosis(header("M", ESI), Set.of("M80", "S22.0"), Period.ofWeeks(12)),
            new LevelsWithin(header("N", ESI), "T1", "L5"),
            new MinimumPainScore(header("O", ESI), 5),
            new NotInPregnancy(header("P", ESI)));

    for (PayerRule rule : rules) {
      PayerRule again =
          RuleParameters.rule(rule.header(), RuleParameters.kindOf(rule), RuleParameters.of(rule));
      assertThat(again).as(rule.header().id()).isEqualTo(rule);
    }
    assertThat(RuleParameters.of(rules.get(2))).containsEntry("blocksPurpose", "DIAGNOSTIC");
    assertThat(
            RuleParameters.of(new QualifyingBlocks(header("F", RFA), DIAGNOSTIC_MBB, 2, 80, true)))
        .doesNotContainKey("blocksPurpose");
    assertInvalid(
        "parameters.blocksPurpose",
        () ->
            RuleParameters.rule(
                header("L", siJoint),
                "QUALIFYING_BLOCKS",
                Map.of(
                    "blocks", "SI_JOINT",
                    "blocksPurpose", "SOMETIMES",
                    "count", "1",
                    "minReliefPercent", "75",
                    "sameSite", "true")));
  }
}
