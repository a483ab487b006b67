package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.procedura.identity.application.StaffAccounts;
import org.procedura.identity.model.Role;
import org.procedura.identity.model.UserAccount;
import org.procedura.shared.model.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The administrators' staff accounts (the API's {@code StaffAccounts}): the list, a new account
 * with its roles, and per account its roles, enabling, disabling and a new password. The last
 * enabled administrator is kept, as the API keeps it.
 */
@Controller
@Hidden
class StaffAccountPages {
  private final StaffAccounts accounts;

  StaffAccountPages(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/console/staff")
  String list(Model model) {
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("roles", Role.values());
    return "console/admin/staff";
  }

  @PostMapping("/console/staff")
  String create(
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam String password,
      @RequestParam(required = false) List<String> roles,
      Model model,
      HttpServletResponse response) {
    try {
      UserAccount created =
          accounts.create(
              username.strip(),
              displayName,
              password,
              FormValues.setOf(Role.class, roles, "roles"));
      return "redirect:/console/staff/" + encoded(created.username()) + "?created";
    } catch (DomainException refused) {
      ConsoleProblems.onPage(refused, model, response);
      model.addAttribute("entered", new Entered(username, displayName, roles));
      return list(model);
    }
  }

  @GetMapping("/console/staff/{username}")
  String account(@PathVariable String username, Model model) {
    model.addAttribute("account", accounts.get(username));
    model.addAttribute("roles", Role.values());
    return "console/admin/account";
  }

  @PostMapping("/console/staff/{username}/roles")
  String assignRoles(
      @PathVariable String username,
      @RequestParam(required = false) List<String> roles,
      Model model,
      HttpServletResponse response) {
    return step(
        username,
        () -> accounts.assignRoles(username, FormValues.setOf(Role.class, roles, "roles")),
        "rolesChanged",
        model,
        response);
  }

  @PostMapping("/console/staff/{username}/disable")
  String disable(@PathVariable String username, Model model, HttpServletResponse response) {
    return step(username, () -> accounts.disable(username), "disabled", model, response);
  }

  @PostMapping("/console/staff/{username}/enable")
  String enable(@PathVariable String username, Model model, HttpServletResponse response) {
    return step(username, () -> accounts.enable(username), "enabled", model, response);
  }

  @PostMapping("/console/staff/{username}/password")
  String resetPassword(
      @PathVariable String username,
      @RequestParam String password,
      Model model,
      HttpServletResponse response) {
    return step(
        username, () -> accounts.resetPassword(username, password), "passwordSet", model, response);
  }

  /** A change through the use case: the account's page again, with the refusal or what was done. */
  private String step(
      String username,
      Supplier<UserAccount> change,
      String done,
      Model model,
      HttpServletResponse response) {
    try {
      change.get();
    } catch (DomainException refused) {
      ConsoleProblems.onPage(refused, model, response);
      return account(username, model);
    }
    return "redirect:/console/staff/" + encoded(username) + "?" + done;
  }

  private static String encoded(String username) {
    return UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
  }

  /** What was typed into a refused new account's form, shown again (never the password). */
  record Entered(String username, String displayName, List<String> roles) {
    public boolean has(Role role) {
      return roles != null && roles.contains(role.name());
    }
  }
}
