package org.procedura.api.identity;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * Staff accounts, for administrators. The last enabled administrator cannot be disabled or lose the
 * ADMIN role (409, reason LAST_ADMINISTRATOR).
 */
@HttpExchange("/api/v1/users")
public interface UsersApi {

  @GetExchange
  List<UserResponse> list();

  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  UserResponse create(@Valid @RequestBody CreateUserRequest request);

  @GetExchange("/{username}")
  UserResponse get(@PathVariable("username") String username);

  @PutExchange("/{username}/roles")
  UserResponse assignRoles(
      @PathVariable("username") String username, @Valid @RequestBody RolesRequest request);

  @PostExchange("/{username}/disable")
  UserResponse disable(@PathVariable("username") String username);

  @PostExchange("/{username}/enable")
  UserResponse enable(@PathVariable("username") String username);

  /** Sets a new password; the same policy as for a new account. */
  @PostExchange("/{username}/password")
  UserResponse resetPassword(
      @PathVariable("username") String username, @Valid @RequestBody PasswordRequest request);
}
