package org.procedura.outcomes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.InMemoryProcedureTypes;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.InMemoryFollowUpProtocols;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;

class ProtocolAdministrationTest {
  private static final ProcedureTypeCode SGB = new ProcedureTypeCode("SGB");
  private static final List<FollowUpStep> SIX_WEEKS =
      List.of(new FollowUpStep("6 weeks", Period.ofWeeks(6), 7));

  private final InMemoryFollowUpProtocols protocols = new InMemoryFollowUpProtocols();
  private final InMemoryProcedureTypes procedureTypes = new InMemoryProcedureTypes();
  private final ProtocolAdministration administration =
      new ProtocolAdministration(protocols, procedureTypes);

  {
    procedureTypes.save(ProcedureType.define(SGB, aDefinition().name("Stellate ganglion").build()));
  }

  @Test
  void aCatalogTypeWithoutAProtocolHasAnEmptyOneMeasuringPainOnly() {
    FollowUpProtocol protocol = administration.get(SGB);

    assertThat(protocol.getSteps()).isEmpty();
    assertThat(protocol.getMeasures()).containsExactly(Scale.NRS);
    assertThat(protocol.getVersion()).isNull();
  }

  @Test
  void aTypeOutsideTheCatalogHasNoProtocol() {
    assertThatThrownBy(() -> administration.get(new ProcedureTypeCode("NOT_OFFERED")))
        .isInstanceOf(NotFoundException.class);
    assertThat(protocols.all()).isEmpty();
  }

  @Test
  void aRevisionOnTheVersionSeenIsStoredAsTheNext() {
    administration.revise(SGB, 0, SIX_WEEKS, List.of(Duration.ofMinutes(30)), Set.of(Scale.ODI));

    FollowUpProtocol revised =
        administration.revise(SGB, 0, SIX_WEEKS, List.of(), Set.of(Scale.ODI));

    assertThat(revised.getVersion()).isEqualTo(1);
    assertThat(administration.get(SGB).getMeasures())
        .containsExactlyInAnyOrder(Scale.NRS, Scale.ODI);
    assertThat(administration.get(SGB).getDiaryPoints()).isEmpty();
  }

  @Test
  void aRevisionOnAnEarlierVersionIsRefusedAndChangesNothing() {
    administration.revise(SGB, 0, SIX_WEEKS, List.of(), Set.of());
    administration.revise(SGB, 0, SIX_WEEKS, List.of(), Set.of());

    assertThatThrownBy(() -> administration.revise(SGB, 0, List.of(), List.of(), Set.of()))
        .isInstanceOf(StaleVersionException.class);
    assertThat(administration.get(SGB).getSteps()).isEqualTo(SIX_WEEKS);
  }
}
