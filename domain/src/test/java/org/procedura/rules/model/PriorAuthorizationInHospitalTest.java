package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.rules.model.RuleFixtures.inSetting;
import static org.procedura.rules.model.RuleFixtures.patient;
import static org.procedura.rules.model.RuleFixtures.procedure;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;

/**
 * An SCS trial in a hospital outpatient room needs a prior authorization; in an ASC it does not.
 */
class PriorAuthorizationInHospitalTest {
  private final DocumentOnFile priorAuthorization =
      new DocumentOnFile(
          RuleFixtures.header(
              "PRIOR_AUTHORIZATION_HOSPITAL",
              new RuleScope(
                  Set.of(
                      ProcedureCategory.NEUROMODULATION,
                      ProcedureCategory.FACET,
                      ProcedureCategory.RADIOFREQUENCY_ABLATION),
                  Set.of(),
                  null)),
          DocumentKind.PRIOR_AUTHORIZATION,
          Set.of(CareSetting.HOSPITAL_OUTPATIENT));

  private static ProcedureFacts scsTrialIn(CareSetting setting) {
    return inSetting(
        procedure(
            "SCS_TRIAL", ProcedureCategory.NEUROMODULATION, ProcedurePurpose.DIAGNOSTIC, DAY, null),
        setting);
  }

  @Test
  void anScsTrialInAHospitalOutpatientRoomWithoutAnAuthorizationIsRefused() {
    assertThat(
            priorAuthorization.check(
                context(patient(), scsTrialIn(CareSetting.HOSPITAL_OUTPATIENT))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.facts()).containsEntry("setting", "HOSPITAL_OUTPATIENT");
            });
  }

  @Test
  void withAnAuthorizationOnFileItIsAllowed() {
    var authorized =
        new PatientFacts(
            DAY.minusYears(1), 6, false, false, Set.of(), Set.of(DocumentKind.PRIOR_AUTHORIZATION));

    assertThat(
            priorAuthorization.check(
                context(authorized, scsTrialIn(CareSetting.HOSPITAL_OUTPATIENT))))
        .isEmpty();
  }

  @Test
  void inAnAmbulatorySurgeryCenterRoomNoAuthorizationIsNeeded() {
    assertThat(
            priorAuthorization.check(
                context(patient(), scsTrialIn(CareSetting.AMBULATORY_SURGERY_CENTER))))
        .isEmpty();
  }
}
