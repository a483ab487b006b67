package org.procedura.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordRequest(@NotBlank @Size(max = 128) String password) {

  @Override
  public String toString() {
    return "PasswordRequest[password=<hidden>]";
  }
}
