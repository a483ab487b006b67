package org.procedura.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TokenRequest(
    @NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String password) {

  @Override
  public String toString() {
    return "TokenRequest[username=" + username + ", password=<hidden>]";
  }
}
