package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.procedura.referral.application.ReferralIntake;
import org.procedura.shared.model.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The referrals waiting to be scheduled, the longest waiting first (the API's worklist), each with
 * the way to its patient's first slots for the procedure asked for.
 */
@Controller
@Hidden
class ReferralPages {
  private static final int PER_PAGE = 25;

  private final ReferralIntake intake;

  ReferralPages(ReferralIntake intake) {
    this.intake = intake;
  }

  @GetMapping("/console/referrals")
  String toSchedule(@RequestParam(defaultValue = "0") int page, Model model) {
    var waiting = intake.toSchedule(new PageQuery(page, PER_PAGE));
    model.addAttribute("waiting", waiting.content());
    model.addAttribute("total", waiting.totalElements());
    model.addAttribute("page", page);
    model.addAttribute("more", (long) (page + 1) * PER_PAGE < waiting.totalElements());
    return "console/referrals";
  }
}
