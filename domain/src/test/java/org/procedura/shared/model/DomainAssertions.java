package org.procedura.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the domain's refusals, so each test names only what it is about. */
public final class DomainAssertions {
  private DomainAssertions() {}

  /** The call is refused as invalid input on exactly that field. */
  public static void assertInvalid(String field, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  /** The call is refused as invalid input on exactly that field, with exactly that message. */
  public static void assertInvalid(String field, String message, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  /** The call is refused as a conflict with exactly that reason. */
  public static void assertConflict(String reason, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  /** The call is refused as not possible as asked, with exactly that reason. */
  public static void assertUnprocessable(String reason, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            UnprocessableException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  /**
   * The call is refused because the caller saw {@code expected} but the stored one is {@code
   * current}.
   */
  public static void assertStale(long expected, long current, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(expected);
              assertThat(e.currentVersion()).isEqualTo(current);
            });
  }
}
