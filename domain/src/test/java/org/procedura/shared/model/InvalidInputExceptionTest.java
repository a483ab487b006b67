package org.procedura.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  @Test
  void namesTheFieldOfARefusalWithinThePrefix() {
    assertThatThrownBy(
            () ->
                InvalidInputException.within(
                    "newPatient",
                    () -> {
                      throw new InvalidInputException("dateOfBirth", "dateOfBirth is required");
                    }))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("newPatient.dateOfBirth");
              assertThat(e.getMessage()).isEqualTo("dateOfBirth is required");
            });
  }

  @Test
  void passesTheResultAndOtherRefusalsThrough() {
    assertThat(InvalidInputException.within("part", () -> 42)).isEqualTo(42);
    assertThatThrownBy(
            () ->
                InvalidInputException.within(
                    "part",
                    () -> {
                      throw new ConflictException("TAKEN", "taken");
                    }))
        .isInstanceOf(ConflictException.class);
  }
}
