package org.procedura.api.rules;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.catalog.CareSetting;
import org.procedura.api.catalog.ImagingModality;
import org.procedura.api.common.PlausibleDate;
import org.procedura.api.scheduling.BookedPurpose;
import org.procedura.api.scheduling.Laterality;
import org.procedura.api.scheduling.SpinalRegion;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * May this patient have this procedure on this date, and if not, from when? The rules a booking
 * would run (payer rules of the patient's coverage, antithrombotic holds), without booking, so the
 * front desk can pick a date that will pass.
 */
@Tag(
    name = "Eligibility",
    description = "Whether a procedure on a date passes the rules, without booking.")
@HttpExchange("/api/v1/patients/{patientId}/eligibility")
public interface EligibilityApi {

  /**
   * The findings on {@code date} and the verdict: MAY_BOOK, NEEDS_ACKNOWLEDGEMENT (only warnings,
   * which a physician acknowledges when booking) or BLOCKED, with {@code earliestEligibleOn} when
   * waiting until then passes every blocking rule. The site is given as at booking; {@code imaging}
   * defaults to the best guidance the procedure type allows; {@code referralId} is the referral the
   * booking would be made from (the facts of every accepted referral of the patient count). {@code
   * purpose} is as at booking (required for a type that may be diagnostic or therapeutic); {@code
   * setting} is the care setting of the room it would be done in, by default the clinic's. With
   * {@code appointmentId}, the question is about that booking moved to {@code date}: it is not
   * counted against itself, and a hold its plan already began is judged by that plan.
   */
  @Operation(
      operationId = "explainEligibility",
      summary = "Explain a procedure's eligibility",
      description =
          "Whether a procedure on a date passes the rules, what they found, and if not, from when it would.")
  @GetExchange
  EligibilityResponse explain(
      @PathVariable("patientId") UUID patientId,
      @RequestParam("procedureType") String procedureType,
      @PlausibleDate(CALENDAR) @RequestParam("date") LocalDate date,
      @RequestParam(name = "region", required = false) SpinalRegion region,
      @RequestParam(name = "levels", required = false) List<String> levels,
      @RequestParam(name = "laterality", required = false) Laterality laterality,
      @RequestParam(name = "imaging", required = false) ImagingModality imaging,
      @RequestParam(name = "referralId", required = false) UUID referralId,
      @RequestParam(name = "purpose", required = false) BookedPurpose purpose,
      @RequestParam(name = "setting", required = false) CareSetting setting,
      @RequestParam(name = "appointmentId", required = false) UUID appointmentId);
}
