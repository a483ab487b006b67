package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.application.AvailabilityQuery;
import org.procedura.scheduling.application.BookProcedure;
import org.procedura.scheduling.application.BookProcedureCommand;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.application.FindAvailability;
import org.procedura.scheduling.application.IdempotentBooking;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.CandidateSlot;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.web.BookingTimers;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.web.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding the first free slots for a procedure (any credentialed physician or one, over a range of
 * days, around the patient's own appointments) and booking one from the list: the API's use cases,
 * with the rules' findings shown when they refuse.
 */
@Controller
@Hidden
class BookingPages {
  private static final int SLOTS = 10;
  private static final int DEFAULT_DAYS = 14;

  private final FindAvailability availability;
  private final IdempotentBooking idempotent;
  private final BookProcedure bookProcedure;
  private final ProcedureCatalog catalog;
  private final ClinicResources resources;
  private final PatientRegister register;
  private final CurrentActor actor;
  private final ConsoleTime time;
  private final BookingTimers timers;

  BookingPages(
      FindAvailability availability,
      IdempotentBooking idempotent,
      BookProcedure bookProcedure,
      ProcedureCatalog catalog,
      ClinicResources resources,
      PatientRegister register,
      CurrentActor actor,
      ConsoleTime time,
      BookingTimers timers) {
    this.availability = availability;
    this.idempotent = idempotent;
    this.bookProcedure = bookProcedure;
    this.catalog = catalog;
    this.resources = resources;
    this.register = register;
    this.actor = actor;
    this.time = time;
    this.timers = timers;
  }

  @GetMapping("/console/patients/{patientId}/slots")
  String slots(
      @PathVariable UUID patientId,
      @RequestParam(required = false) String procedureType,
      @RequestParam(required = false) UUID clinicianId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String levels,
      @RequestParam(required = false) String side,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) UUID roomId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime at,
      @RequestParam(required = false) UUID referralId,
      Model model) {
    PatientId patient = new PatientId(patientId);
    LocalDate first = from != null ? from : time.today().plusDays(1);
    LocalDate last = to != null ? to : first.plusDays(DEFAULT_DAYS);
    var request =
        new SlotRequest(
            procedureType,
            clinicianId,
            first,
            last,
            region,
            levels,
            side,
            purpose,
            roomId,
            at,
            referralId);
    describe(patient, request, model);
    if (procedureType != null && !procedureType.isBlank()) {
      try {
        var found =
            searched(
                new AvailabilityQuery(
                    new ProcedureTypeCode(procedureType),
                    null,
                    first,
                    last,
                    clinicianId == null ? null : new ClinicianId(clinicianId),
                    patient,
                    SLOTS,
                    roomId == null ? null : new RoomId(roomId),
                    request.notBefore(time.zone())));
        model.addAttribute(
            "slots",
            found.stream().map(slot -> OfferedSlot.of(slot, time, UUID.randomUUID())).toList());
      } catch (DomainException refused) {
        model.addAttribute("problem", ConsoleProblem.of(refused));
      }
    }
    return "console/slots";
  }

  @PostMapping("/console/patients/{patientId}/appointments")
  String book(
      @PathVariable UUID patientId,
      @RequestParam String procedureType,
      @RequestParam UUID clinicianId,
      @RequestParam UUID roomId,
      @RequestParam String start,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String levels,
      @RequestParam(required = false) String side,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) UUID referralId,
      @RequestParam UUID bookingKey,
      @RequestParam(required = false) List<String> ruleIds,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response) {
    PatientId patient = new PatientId(patientId);
    var request =
        new SlotRequest(
            procedureType,
            clinicianId,
            from,
            to,
            region,
            levels,
            side,
            purpose,
            null,
            null,
            referralId);
    try {
      var command =
          new BookProcedureCommand(
              patient,
              new ProcedureTypeCode(procedureType),
              new ClinicianId(clinicianId),
              new RoomId(roomId),
              instant(start),
              request.site(),
              referralId,
              acknowledgement(ruleIds, reason),
              request.bookedPurpose());
      var by = actor.get();
      var booked =
          timers.booking(
              "procedure",
              () ->
                  idempotent.book(
                      new IdempotencyKey(bookingKey.toString()),
                      command,
                      claimed -> bookProcedure.book(command, by, claimed)));
      return "redirect:/console/patients/"
          + patientId
          + "/appointments/"
          + booked.appointment().getId().value();
    } catch (DomainException refused) {
      describe(patient, request, model);
      ConsoleProblem problem = ConsoleProblem.of(refused);
      ConsoleProblems.show(problem, model, response);
      if (problem.onlyWarnings()) {
        Instant at = instant(start);
        model.addAttribute(
            "warned",
            new WarnedSlot(
                start,
                time.day(at) + " at " + time.hour(at),
                clinicianId,
                resources.clinician(new ClinicianId(clinicianId)).getDisplayName(),
                roomId,
                resources.room(new RoomId(roomId)).getName(),
                problem.ruleIds(),
                UUID.randomUUID()));
      }
      return "console/slots";
    }
  }

  /**
   * A physician's acknowledgement of the warnings named, with the reason; whether the one who
   * acknowledges is a physician, the rules decide, as for the API.
   */
  private Acknowledgement acknowledgement(List<String> ruleIds, String reason) {
    if (ruleIds == null || ruleIds.isEmpty()) {
      return null;
    }
    return new Acknowledgement(
        actor.get(), actor.hasRole("PHYSICIAN"), reason, Set.copyOf(ruleIds));
  }

  private void describe(PatientId patient, SlotRequest request, Model model) {
    model.addAttribute("patient", register.get(patient).patient());
    model.addAttribute("request", request);
    model.addAttribute("procedureTypes", catalog.list());
    model.addAttribute("clinicians", resources.clinicians());
    model.addAttribute("regions", Arrays.asList(SpinalRegion.values()));
    model.addAttribute("sides", Arrays.asList(Laterality.values()));
    model.addAttribute(
        "purposes", List.of(ProcedurePurpose.DIAGNOSTIC, ProcedurePurpose.THERAPEUTIC));
  }

  /** A slot's start as a form carries it; a malformed one is bad input. */
  static Instant instant(String start) {
    try {
      return Instant.parse(start);
    } catch (java.time.format.DateTimeParseException notATime) {
      throw new InvalidInputException("start", "The slot's start is not a time");
    }
  }

  /** A slot offered for booking, with the key that makes booking it twice book it once. */
  record OfferedSlot(
      Instant start,
      String day,
      String from,
      String to,
      UUID clinicianId,
      String clinicianName,
      UUID roomId,
      String roomName,
      UUID bookingKey) {

    /** A slot the search found, in the clinic's words and time; a booking key when it is booked. */
    static OfferedSlot of(CandidateSlot slot, ConsoleTime time, UUID bookingKey) {
      return new OfferedSlot(
          slot.start(),
          time.day(slot.start()),
          time.hour(slot.start()),
          time.hour(slot.end()),
          slot.clinician().value(),
          slot.clinicianName(),
          slot.room().value(),
          slot.roomName(),
          bookingKey);
    }
  }

  /** A slot refused only for warnings, offered again for a physician to acknowledge them. */
  record WarnedSlot(
      String start,
      String when,
      UUID clinicianId,
      String clinicianName,
      UUID roomId,
      String roomName,
      List<String> ruleIds,
      UUID bookingKey) {}

  /**
   * What the front desk asked for: the procedure, where it is done, when and with whom; from a free
   * stretch of the day view also the room ({@code roomId}) and the time of day ({@code at}) the
   * slots must start in or after; from the referrals to schedule, the referral a booking schedules.
   */
  record SlotRequest(
      String procedureType,
      UUID clinicianId,
      LocalDate from,
      LocalDate to,
      String region,
      String levels,
      String side,
      String purpose,
      UUID roomId,
      LocalTime at,
      UUID referralId) {

    /** Narrowed by the day view to a room or a time of day (the page says so). */
    public boolean narrowed() {
      return roomId != null || at != null;
    }

    /** From a free stretch of the day view: slots start at that time of day or later. */
    Instant notBefore(ZoneId zone) {
      return at == null || from == null ? null : from.atTime(at).atZone(zone).toInstant();
    }

    ProcedureSite site() {
      SpinalRegion spinalRegion =
          region == null || region.isBlank()
              ? null
              : choice(SpinalRegion.class, region, "site.region");
      List<String> named =
          levels == null || levels.isBlank()
              ? List.of()
              : Arrays.stream(levels.split("[,\\s]+"))
                  .filter(l -> !l.isBlank())
                  .map(String::strip)
                  .toList();
      Laterality laterality =
          side == null || side.isBlank() ? null : choice(Laterality.class, side, "site.laterality");
      return new ProcedureSite(spinalRegion, named, laterality);
    }

    ProcedurePurpose bookedPurpose() {
      return purpose == null || purpose.isBlank()
          ? null
          : choice(ProcedurePurpose.class, purpose, "purpose");
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException notOne) {
        throw new InvalidInputException(field, value + " is not one of the choices");
      }
    }
  }

  private List<CandidateSlot> searched(AvailabilityQuery query) {
    return timers.availability(() -> availability.search(query));
  }
}
