package org.procedura.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.procedura.shared.model.DomainException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The console's refusals as a page (the layout's model is added here: an exception handler's model
 * starts empty) in the clinic's words, with the status the API would answer; ahead of the API's
 * Problem Details advice, which answers JSON.
 */
@ControllerAdvice(basePackageClasses = ConsoleProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleProblems {

  @ExceptionHandler(DomainException.class)
  String refused(DomainException refusal, Model model, HttpServletResponse response) {
    model.addAttribute("staff", ConsoleLayout.current());
    return show(ConsoleProblem.of(refusal), model, response);
  }

  @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
  String malformed(Exception e, Model model, HttpServletResponse response) {
    model.addAttribute("staff", ConsoleLayout.current());
    return show(
        ConsoleProblem.badInput("A value in the address or the form is missing or not valid."),
        model,
        response);
  }

  /** A refusal shown on the page it came from, which is answered again with what was entered. */
  static void onPage(DomainException refusal, Model model, HttpServletResponse response) {
    ConsoleProblem problem = ConsoleProblem.of(refusal);
    response.setStatus(problem.status());
    model.addAttribute("problem", problem);
  }

  static String show(ConsoleProblem problem, Model model, HttpServletResponse response) {
    response.setStatus(problem.status());
    model.addAttribute("problem", problem);
    return "console/problem";
  }
}
