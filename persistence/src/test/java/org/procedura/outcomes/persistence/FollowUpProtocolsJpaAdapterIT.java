package org.procedura.outcomes.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class FollowUpProtocolsJpaAdapterIT extends RealDatabaseTest {
  private static final List<FollowUpStep> TWO_STEPS =
      List.of(
          new FollowUpStep("2 weeks", Period.ofWeeks(2), 3),
          new FollowUpStep("3 months", Period.ofMonths(3), 14));

  @Autowired FollowUpProtocols protocols;
  @Autowired ProcedureTypes types;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void readsTheSeededProtocolsInCodeOrderWithTheirStepsDiaryAndScales() {
    List<FollowUpProtocol> all = transaction.execute(status -> protocols.all());

    assertThat(all).extracting(p -> p.getProcedureType().value()).isSorted().contains("RFA_LUMB");
    FollowUpProtocol rfa = find(new ProcedureTypeCode("RFA_LUMB"));
    assertThat(rfa.getSteps()).isNotEmpty();
    assertThat(rfa.getMeasures()).contains(Scale.NRS, Scale.ODI);
    assertThat(rfa.getVersion()).isNotNull();
  }

  @Test
  void storesANewProtocolAndReloadsEveryPartInOrder() {
    ProcedureTypeCode code = newProcedureType();
    var protocol =
        new FollowUpProtocol(
            code,
            TWO_STEPS,
            List.of(Duration.ofMinutes(60), Duration.ofMinutes(30)),
            Set.of(Scale.ODI),
            null);

    FollowUpProtocol saved = transaction.execute(status -> protocols.save(protocol));
    FollowUpProtocol reloaded = find(code);

    assertThat(saved.getVersion()).isZero();
    assertThat(reloaded.getSteps()).containsExactlyElementsOf(TWO_STEPS);
    assertThat(reloaded.getDiaryPoints())
        .containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(60));
    assertThat(reloaded.getMeasures()).containsExactlyInAnyOrder(Scale.NRS, Scale.ODI);
    assertThat(reloaded.getVersion()).isZero();
    assertThat(
            jdbc.queryForObject(
                "select created_by from follow_up_protocol where procedure_type_code = ?",
                String.class,
                code.value()))
        .isNotNull();
  }

  @Test
  void aRevisionReplacesStepsDiaryAndScalesAndRaisesTheVersion() {
    ProcedureTypeCode code = newProcedureType();
    transaction.execute(
        status ->
            protocols.save(
                new FollowUpProtocol(
                    code, TWO_STEPS, List.of(Duration.ofMinutes(30)), Set.of(Scale.ODI), null)));
    var sixWeeks = List.of(new FollowUpStep("6 weeks", Period.ofWeeks(6), 7));

    FollowUpProtocol revised =
        transaction.execute(
            status -> {
              FollowUpProtocol loaded = protocols.find(code).orElseThrow();
              loaded.revise(0, sixWeeks, List.of(), Set.of(Scale.NDI));
              return protocols.save(loaded);
            });

    assertThat(revised.getVersion()).isEqualTo(1);
    FollowUpProtocol reloaded = find(code);
    assertThat(reloaded.getSteps()).containsExactlyElementsOf(sixWeeks);
    assertThat(reloaded.getDiaryPoints()).isEmpty();
    assertThat(reloaded.getMeasures()).containsExactlyInAnyOrder(Scale.NRS, Scale.NDI);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from follow_up_protocol_step where procedure_type_code = ?",
                Integer.class,
                code.value()))
        .isEqualTo(1);
  }

  @Test
  void stampsTheProtocolChangedWhenOnlyItsStepsAreRevised() {
    ProcedureTypeCode code = newProcedureType();
    transaction.execute(
        status -> protocols.save(new FollowUpProtocol(code, TWO_STEPS, List.of(), Set.of(), null)));
    LocalDateTime longAgo = LocalDateTime.of(2000, 1, 1, 0, 0);
    jdbc.update(
        "update follow_up_protocol set updated_at = ? where procedure_type_code = ?",
        longAgo,
        code.value());

    transaction.execute(
        status -> {
          FollowUpProtocol loaded = protocols.find(code).orElseThrow();
          loaded.revise(
              0, List.of(new FollowUpStep("6 weeks", Period.ofWeeks(6), 7)), List.of(), Set.of());
          return protocols.save(loaded);
        });

    assertThat(
            jdbc.queryForObject(
                "select updated_at from follow_up_protocol where procedure_type_code = ?",
                LocalDateTime.class,
                code.value()))
        .isAfter(longAgo);
  }

  @Test
  void refusesARevisionSavedFromAStaleCopy() {
    ProcedureTypeCode code = newProcedureType();
    transaction.execute(
        status -> protocols.save(new FollowUpProtocol(code, TWO_STEPS, List.of(), Set.of(), null)));
    FollowUpProtocol stale = find(code);
    FollowUpProtocol fresh = find(code);
    fresh.revise(0, TWO_STEPS.subList(0, 1), List.of(), Set.of());
    transaction.execute(status -> protocols.save(fresh));
    stale.revise(0, TWO_STEPS, List.of(), Set.of(Scale.ODI));

    assertThatThrownBy(() -> transaction.execute(status -> protocols.save(stale)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(find(code).getSteps()).hasSize(1);
    assertThat(find(code).getVersion()).isEqualTo(1);
  }

  @Test
  void twoConcurrentRevisionsOfTheSameVersionLetExactlyOneWin() throws Exception {
    ProcedureTypeCode code = newProcedureType();
    transaction.execute(
        status -> protocols.save(new FollowUpProtocol(code, TWO_STEPS, List.of(), Set.of(), null)));
    int writers = 2;
    var barrier = new CyclicBarrier(writers);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (int i = 0; i < writers; i++) {
        Set<Scale> measures = i == 0 ? Set.of(Scale.ODI) : Set.of(Scale.NDI);
        var steps = List.of(new FollowUpStep("step " + i, Period.ofWeeks(2 + i), 3));
        outcomes.add(
            pool.submit(
                () -> {
                  try {
                    return transaction.execute(
                        status -> {
                          FollowUpProtocol loaded = protocols.find(code).orElseThrow();
                          awaitQuietly(barrier);
                          loaded.revise(0, steps, List.of(), measures);
                          protocols.save(loaded);
                          return true;
                        });
                  } catch (StaleVersionException e) {
                    return false;
                  }
                }));
      }
    }
    long winners = 0;
    for (Future<Boolean> outcome : outcomes) {
      winners += outcome.get() ? 1 : 0;
    }

    assertThat(winners).isEqualTo(1);
    FollowUpProtocol stored = find(code);
    assertThat(stored.getVersion()).isEqualTo(1);
    assertThat(stored.getSteps()).hasSize(1);
  }

  private FollowUpProtocol find(ProcedureTypeCode code) {
    return transaction.execute(status -> protocols.find(code).orElseThrow());
  }

  /** A procedure type of its own, so that no test sees another's protocol. */
  private ProcedureTypeCode newProcedureType() {
    var code =
        new ProcedureTypeCode(
            "PROTO_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase());
    transaction.execute(
        status -> {
          ProcedureType model = types.find(new ProcedureTypeCode("ESI_TF_LUMB")).orElseThrow();
          return types.save(ProcedureType.define(code, model.getDefinition()));
        });
    return code;
  }

  private static void awaitQuietly(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
