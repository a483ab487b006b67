package org.procedura.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new account; the password needs at least 12 characters and must not contain the username. */
public record CreateUserRequest(
    @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
    @NotBlank @Size(max = 120) String displayName,
    @NotBlank @Size(max = 128) String password,
    @NotEmpty Set<StaffRole> roles) {

  @Override
  public String toString() {
    return "CreateUserRequest[username=" + username + ", password=<hidden>]";
  }
}
