package org.procedura.api.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Users", description = "Staff accounts and their roles.")
@HttpExchange("/api/v1/users")
public interface UsersApi {

  @Operation(
      operationId = "listUsers",
      summary = "List staff accounts",
      description =
          "Every staff account with its roles and whether it is enabled. Administrators only.")
  @GetExchange
  List<UserResponse> list();

  @Operation(
      operationId = "createUser",
      summary = "Create a staff account",
      description = "Creates a staff account with a password meeting the policy and its roles.")
  @ApiResponse(responseCode = "409", description = "The username is taken (reason USERNAME_TAKEN)")
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request);

  @Operation(
      operationId = "getUser",
      summary = "Get a staff account",
      description = "One staff account by username.")
  @GetExchange("/{username}")
  UserResponse get(@PathVariable("username") String username);

  @Operation(
      operationId = "assignUserRoles",
      summary = "Assign a staff account's roles",
      description = "Replaces the roles of a staff account.")
  @ApiResponse(responseCode = "200", description = "The staff account as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "It is the last enabled administrator (reason LAST_ADMINISTRATOR)")
  @PutExchange("/{username}/roles")
  UserResponse assignRoles(
      @PathVariable("username") String username, @Valid @RequestBody RolesRequest request);

  @Operation(
      operationId = "disableUser",
      summary = "Disable a staff account",
      description = "The account can no longer sign in; its tokens stop working.")
  @ApiResponse(responseCode = "200", description = "The staff account as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "It is the last enabled administrator (reason LAST_ADMINISTRATOR)")
  @PostExchange("/{username}/disable")
  UserResponse disable(@PathVariable("username") String username);

  @Operation(
      operationId = "enableUser",
      summary = "Enable a staff account",
      description = "The account may sign in again.")
  @PostExchange("/{username}/enable")
  UserResponse enable(@PathVariable("username") String username);

  /** Sets a new password; the same policy as for a new account. */
  @Operation(
      operationId = "resetUserPassword",
      summary = "Reset a staff account's password",
      description = "Sets a new password, which must meet the password policy.")
  @PostExchange("/{username}/password")
  UserResponse resetPassword(
      @PathVariable("username") String username, @Valid @RequestBody PasswordRequest request);
}
