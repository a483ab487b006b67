package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;

class ProcedureTypeTest {
  private static final ProcedureTypeCode ESI = new ProcedureTypeCode("ESI_TF_LUMB");

  private final ProcedureDefinition original = aDefinition().build();
  private final ProcedureDefinition revised = aDefinition().minutes(45).active(false).build();

  @Test
  void definesANewTypeThatWasNeverSaved() {
    ProcedureType type = ProcedureType.define(ESI, original);

    assertThat(type.getCode()).isEqualTo(ESI);
    assertThat(type.getDefinition()).isEqualTo(original);
    assertThat(type.getVersion()).isNull();
  }

  @Test
  void needsACodeAndADefinition() {
    assertInvalid("code", () -> new ProcedureType(null, original, 0L));
    assertInvalid("definition", () -> new ProcedureType(ESI, null, 0L));
  }

  @Test
  void revisesTheVersionTheCallerSaw() {
    ProcedureType type = new ProcedureType(ESI, original, 2L);

    type.revise(2, revised);

    assertThat(type.getDefinition()).isEqualTo(revised);
  }

  @Test
  void refusesARevisionMadeOnAnOlderVersion() {
    ProcedureType type = new ProcedureType(ESI, original, 2L);

    assertStale(1, 2, () -> type.revise(1, revised));
    assertThat(type.getDefinition()).isEqualTo(original);
  }

  @Test
  void refusesARevisionMadeOnANewerVersion() {
    ProcedureType type = new ProcedureType(ESI, original, 2L);

    assertStale(3, 2, () -> type.revise(3, revised));
    assertThat(type.getDefinition()).isEqualTo(original);
  }

  @Test
  void cannotReviseATypeThatWasNeverSaved() {
    ProcedureType type = ProcedureType.define(ESI, original);

    assertThatThrownBy(() -> type.revise(0, revised)).isInstanceOf(IllegalStateException.class);
    assertThat(type.getDefinition()).isEqualTo(original);
  }

  @Test
  void refusesARevisionToNoDefinition() {
    ProcedureType type = new ProcedureType(ESI, original, 2L);

    assertInvalid("definition", () -> type.revise(2, null));
    assertThat(type.getDefinition()).isEqualTo(original);
  }
}
