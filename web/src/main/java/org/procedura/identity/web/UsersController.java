package org.procedura.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.procedura.api.identity.CreateUserRequest;
import org.procedura.api.identity.PasswordRequest;
import org.procedura.api.identity.RolesRequest;
import org.procedura.api.identity.StaffRole;
import org.procedura.api.identity.UserResponse;
import org.procedura.api.identity.UsersApi;
import org.procedura.identity.application.StaffAccounts;
import org.procedura.identity.model.Role;
import org.procedura.identity.model.UserAccount;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
class UsersController implements UsersApi {
  private final StaffAccounts staff;
  private final IdentityWebMapper mapper;

  UsersController(StaffAccounts staff, IdentityWebMapper mapper) {
    this.staff = staff;
    this.mapper = mapper;
  }

  @Override
  public List<UserResponse> list() {
    return staff.all().stream().map(this::toResponse).toList();
  }

  @Override
  public ResponseEntity<UserResponse> create(CreateUserRequest request) {
    UserAccount created =
        staff.create(
            request.username(), request.displayName(), request.password(), roles(request.roles()));
    return ResponseEntity.created(
            UriComponentsBuilder.fromPath("/api/v1/users/{username}").build(created.username()))
        .body(toResponse(created));
  }

  @Override
  public UserResponse get(String username) {
    return toResponse(staff.get(username));
  }

  @Override
  public UserResponse assignRoles(String username, RolesRequest request) {
    return toResponse(staff.assignRoles(username, roles(request.roles())));
  }

  @Override
  public UserResponse disable(String username) {
    return toResponse(staff.disable(username));
  }

  @Override
  public UserResponse enable(String username) {
    return toResponse(staff.enable(username));
  }

  @Override
  public UserResponse resetPassword(String username, PasswordRequest request) {
    return toResponse(staff.resetPassword(username, request.password()));
  }

  private Set<Role> roles(Set<StaffRole> roles) {
    return roles.stream()
        .map(mapper::toDomain)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private UserResponse toResponse(UserAccount account) {
    return new UserResponse(
        account.username(),
        account.displayName(),
        account.roles().stream()
            .map(mapper::toApi)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class))),
        account.enabled());
  }
}
