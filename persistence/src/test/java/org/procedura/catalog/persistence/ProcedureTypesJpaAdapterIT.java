package org.procedura.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.procedura.catalog.model.AnatomyDetails;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.CptCode;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.LevelForm;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ProcedureTypesJpaAdapterIT extends RealDatabaseTest {
  @Autowired ProcedureTypes procedureTypes;
  @Autowired TransactionTemplate transaction;

  @Test
  void seedsTheWholeCatalogOfClinicalRulesSectionOne() {
    var all = transaction.execute(status -> procedureTypes.all());

    assertThat(all).hasSize(18);
    ProcedureDefinition tfLumbar = find("ESI_TF_LUMB").getDefinition();
    assertThat(tfLumbar.cptCodes()).containsExactly(new CptCode("64483"), new CptCode("64484"));
    assertThat(tfLumbar.imaging().modalities())
        .containsExactlyInAnyOrder(ImagingModality.FLUOROSCOPY, ImagingModality.CT);
    assertThat(tfLumbar.imaging().contrast()).isTrue();
    assertThat(tfLumbar.defaultDuration().toMinutes()).isEqualTo(30);
    assertThat(tfLumbar.bleedingRisk()).isEqualTo(BleedingRisk.INTERMEDIATE);
    assertThat(tfLumbar.settings())
        .containsExactlyInAnyOrder(CareSetting.OFFICE, CareSetting.AMBULATORY_SURGERY_CENTER);
    assertThat(find("TPI").getDefinition().imaging().guided()).isFalse();
    assertThat(find("IT_PUMP").getDefinition().operatingRoomRequired()).isTrue();
  }

  /** data/procedure_type_site.csv as changeset 620 applied it, read back through the adapter. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "ESI_IL_CERV; CERVICAL,THORACIC; SEGMENT; 1; 2; false; false",
        "ESI_IL_LUMB; LUMBAR,SACRAL; SEGMENT; 1; 2; false; false",
        "ESI_TF_CERV; CERVICAL,THORACIC; SEGMENT; 1; 4; true; true",
        "ESI_TF_LUMB; LUMBAR,SACRAL; SEGMENT; 1; 4; true; true",
        "MBB_CERV; CERVICAL,THORACIC; SEGMENT; 1; 4; true; true",
        "MBB_LUMB; LUMBAR; SEGMENT; 1; 4; true; true",
        "FACET_IA; CERVICAL,THORACIC,LUMBAR; SEGMENT; 1; 4; true; true",
        "RFA_CERV; CERVICAL,THORACIC; SEGMENT; 1; 4; true; true",
        "RFA_LUMB; LUMBAR; SEGMENT; 1; 4; true; true",
        "SI_JOINT; ; ; 0; 0; true; true",
        "TPI; ; ; 0; 0; false; true",
        "SGB; ; ; 0; 0; true; true",
        "LSB; ; ; 0; 0; true; true",
        "SCS_TRIAL; CERVICAL,THORACIC; ; 0; 0; false; false",
        "SCS_IMPLANT; CERVICAL,THORACIC; ; 0; 0; false; false",
        "IT_PUMP; ; ; 0; 0; false; false",
        "VERTEBROPLASTY; THORACIC,LUMBAR; VERTEBRA; 1; 5; false; false",
        "KYPHOPLASTY; THORACIC,LUMBAR; VERTEBRA; 1; 5; false; false"
      })
  void seedsWhereEachTypeMayBeDone(
      String code,
      String regions,
      LevelForm form,
      int minLevels,
      int maxLevels,
      boolean lateralityRequired,
      boolean lateralityAllowed) {
    Set<SpinalRegion> expected =
        regions == null
            ? Set.of()
            : Arrays.stream(regions.split(","))
                .map(SpinalRegion::valueOf)
                .collect(Collectors.toSet());

    assertThat(find(code).getDefinition().anatomy())
        .isEqualTo(
            new AnatomyDetails(
                expected, form, minLevels, maxLevels, lateralityRequired, lateralityAllowed));
  }

  @Test
  void aRevisionIsStoredAndRaisesTheVersion() {
    ProcedureType sgb = find("SGB");
    long seen = sgb.getVersion();
    sgb.revise(seen, withDurationMinutes(sgb.getDefinition(), 25));

    ProcedureType revised = transaction.execute(status -> procedureTypes.save(sgb));

    assertThat(revised.getVersion()).isEqualTo(seen + 1);
    assertThat(find("SGB").getDefinition().defaultDuration().toMinutes()).isEqualTo(25);
  }

  @Test
  void refusesARevisionOfAStaleCopy() {
    ProcedureType first = find("LSB");
    ProcedureType second = find("LSB");
    first.revise(first.getVersion(), withDurationMinutes(first.getDefinition(), 35));
    transaction.execute(status -> procedureTypes.save(first));
    second.revise(second.getVersion(), withDurationMinutes(second.getDefinition(), 40));

    assertThatThrownBy(() -> transaction.execute(status -> procedureTypes.save(second)))
        .isInstanceOf(StaleVersionException.class);
  }

  private ProcedureType find(String code) {
    return transaction.execute(
        status -> procedureTypes.find(new ProcedureTypeCode(code)).orElseThrow());
  }

  private static ProcedureDefinition withDurationMinutes(ProcedureDefinition d, int minutes) {
    return new ProcedureDefinition(
        d.name(),
        d.category(),
        d.cptCodes(),
        d.imaging(),
        Set.copyOf(d.settings()),
        d.operatingRoomRequired(),
        java.time.Duration.ofMinutes(minutes),
        d.sedation(),
        d.bleedingRisk(),
        d.purpose(),
        d.anatomy(),
        d.active());
  }
}
