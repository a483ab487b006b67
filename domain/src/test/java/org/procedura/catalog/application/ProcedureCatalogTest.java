package org.procedura.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.InMemoryProcedureTypes;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.shared.model.NotFoundException;

class ProcedureCatalogTest {
  private static final ProcedureTypeCode ESI = code("ESI_TF_LUMB");

  private final InMemoryProcedureTypes procedureTypes = new InMemoryProcedureTypes();
  private final ProcedureCatalog catalog = new ProcedureCatalog(procedureTypes);

  private static ProcedureTypeCode code(String value) {
    return new ProcedureTypeCode(value);
  }

  @Test
  void listsNothingForAnEmptyCatalog() {
    assertThat(catalog.list()).isEmpty();
  }

  @Test
  void listsTheTypesSortedByCode() {
    catalog.define(
        code("SIJ_INJ"), aDefinition().category(ProcedureCategory.SACROILIAC_JOINT).build());
    catalog.define(ESI, aDefinition().build());
    catalog.define(
        code("RFA_LUMB"),
        aDefinition().category(ProcedureCategory.RADIOFREQUENCY_ABLATION).build());
    catalog.define(code("FACET_MBB"), aDefinition().category(ProcedureCategory.FACET).build());

    assertThat(catalog.list())
        .extracting(type -> type.getCode().value())
        .containsExactly("ESI_TF_LUMB", "FACET_MBB", "RFA_LUMB", "SIJ_INJ");
  }

  @Test
  void definesANewTypeAtVersionZero() {
    ProcedureDefinition definition = aDefinition().build();

    ProcedureType defined = catalog.define(ESI, definition);

    assertThat(defined.getVersion()).isZero();
    assertThat(catalog.get(ESI).getDefinition()).isEqualTo(definition);
  }

  @Test
  void refusesToDefineACodeAlreadyInTheCatalogAndKeepsTheFirstDefinition() {
    ProcedureDefinition first = aDefinition().build();
    catalog.define(ESI, first);
    ProcedureDefinition second = aDefinition().name("Something else").build();

    assertConflict("PROCEDURE_TYPE_EXISTS", () -> catalog.define(ESI, second));
    assertThat(procedureTypes.count()).isEqualTo(1);
    assertThat(catalog.get(ESI).getDefinition()).isEqualTo(first);
    assertThat(catalog.get(ESI).getVersion()).isZero();
  }

  @Test
  void getsATypeByItsCode() {
    catalog.define(ESI, aDefinition().build());

    assertThat(catalog.get(code("ESI_TF_LUMB")).getCode()).isEqualTo(ESI);
  }

  @Test
  void cannotGetAnUnknownType() {
    assertThatThrownBy(() -> catalog.get(code("NO_SUCH_TYPE")))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("procedure type");
              assertThat(e.id()).isEqualTo("NO_SUCH_TYPE");
            });
  }

  @Test
  void revisesATypeAndRaisesItsVersion() {
    catalog.define(ESI, aDefinition().build());
    ProcedureDefinition longer = aDefinition().minutes(45).build();

    ProcedureType revised = catalog.revise(ESI, 0, longer);

    assertThat(revised.getVersion()).isEqualTo(1L);
    assertThat(catalog.get(ESI).getDefinition()).isEqualTo(longer);
    assertThat(catalog.revise(ESI, 1, aDefinition().build()).getVersion()).isEqualTo(2L);
  }

  @Test
  void refusesARevisionOnAStaleVersionAndKeepsTheEarlierOne() {
    catalog.define(ESI, aDefinition().build());
    ProcedureDefinition first = aDefinition().minutes(45).build();
    catalog.revise(ESI, 0, first);

    assertStale(0, 1, () -> catalog.revise(ESI, 0, aDefinition().minutes(60).build()));
    assertThat(catalog.get(ESI).getDefinition()).isEqualTo(first);
    assertThat(catalog.get(ESI).getVersion()).isEqualTo(1L);
  }

  @Test
  void cannotReviseAnUnknownType() {
    assertThatThrownBy(() -> catalog.revise(ESI, 0, aDefinition().build()))
        .isInstanceOf(NotFoundException.class);
  }
}
