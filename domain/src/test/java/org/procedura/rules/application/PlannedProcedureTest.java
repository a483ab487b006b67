package org.procedura.rules.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;

/**
 * The procedure the rules check is planned in its room's care setting, for what it is booked for;
 * without either, in the clinic's setting and for the catalog's purpose.
 */
class PlannedProcedureTest {
  private static final LocalDate DAY = LocalDate.of(2027, 6, 15);
  private static final ProcedureSite LEFT = new ProcedureSite(null, List.of(), Laterality.LEFT);

  private final RuleEvaluation evaluation =
      new RuleEvaluation(
          null, null, null, CareSetting.AMBULATORY_SURGERY_CENTER, Clock.systemUTC());
  private final ProcedureType siJoint =
      ProcedureType.define(
          new ProcedureTypeCode("SI_JOINT"),
          aDefinition()
              .category(ProcedureCategory.SACROILIAC_JOINT)
              .purpose(ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC)
              .settings(
                  Set.of(
                      CareSetting.OFFICE,
                      CareSetting.AMBULATORY_SURGERY_CENTER,
                      CareSetting.HOSPITAL_OUTPATIENT))
              .anatomy(org.procedura.catalog.model.Anatomies.ONE_SIDE)
              .build());

  @Test
  void plannedInTheRoomsCareSettingForItsBookedPurpose() {
    var planned =
        evaluation.planned(
            siJoint,
            LEFT,
            DAY,
            Set.of(ImagingModality.FLUOROSCOPY),
            CareSetting.HOSPITAL_OUTPATIENT,
            ProcedurePurpose.THERAPEUTIC);

    assertThat(planned.setting()).isEqualTo(CareSetting.HOSPITAL_OUTPATIENT);
    assertThat(planned.purpose()).isEqualTo(ProcedurePurpose.THERAPEUTIC);
    assertThat(planned.imaging()).isEqualTo(ImagingModality.FLUOROSCOPY);
    assertThat(planned.laterality()).isEqualTo(Laterality.LEFT);
  }

  @Test
  void aRoomWithoutASettingOfItsOwnIsInTheClinics() {
    var planned =
        evaluation.planned(siJoint, LEFT, DAY, Set.of(ImagingModality.FLUOROSCOPY), null, null);

    assertThat(planned.setting()).isEqualTo(CareSetting.AMBULATORY_SURGERY_CENTER);
    assertThat(planned.purpose()).isEqualTo(ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC);
  }
}
