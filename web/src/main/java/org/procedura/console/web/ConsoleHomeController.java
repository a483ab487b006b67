package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page at the application's root, and the start page once signed in. */
@Controller
@Hidden
class ConsoleHomeController {

  @GetMapping("/")
  String signIn(Model model) {
    return model.getAttribute("staff") != null ? "redirect:/console" : "console/sign-in";
  }

  @GetMapping("/console")
  String home() {
    return "console/home";
  }
}
