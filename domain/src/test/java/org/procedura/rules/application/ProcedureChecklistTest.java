package org.procedura.rules.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.procedura.rules.model.ChecklistInput;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.UnprocessableException;

class ProcedureChecklistTest {

  @Test
  void onlyANurseOrPhysicianRecordsAnItemAndNothingIsReadOrWrittenOtherwise() {
    // every port is absent: a refusal must come before any of them is used
    var checklist =
        new ProcedureChecklist(
            new ProcedureChecklist.Sources(null, null, null, null, null, null, null, null),
            null,
            null,
            null,
            Clock.systemUTC());

    assertThatThrownBy(
            () ->
                checklist.record(
                    AppointmentId.newId(),
                    ChecklistItem.PREGNANCY_CHECKED,
                    ChecklistInput.none(),
                    new Actor("frontdesk"),
                    false))
        .isInstanceOfSatisfying(
            UnprocessableException.class, e -> assertThat(e.reason()).isEqualTo("NOT_A_CLINICIAN"));
  }
}
