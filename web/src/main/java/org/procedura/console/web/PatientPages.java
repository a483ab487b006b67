package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.procedura.patient.application.PatientRecord;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.application.RegisterPatientCommand;
import org.procedura.patient.model.AdministrativeSex;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientSearch;
import org.procedura.patient.model.PersonName;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding a patient and registering one (possible duplicates shown before saving). */
@Controller
@Hidden
class PatientPages {
  private static final int RESULTS = 25;

  private final PatientRegister register;
  private final ClinicResources resources;

  PatientPages(PatientRegister register, ClinicResources resources) {
    this.register = register;
    this.resources = resources;
  }

  @GetMapping("/console/patients")
  String search(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dateOfBirth,
      @RequestParam(required = false) String mrn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime at,
      @RequestParam(required = false) UUID roomId,
      @RequestParam(required = false) UUID clinicianId,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    BookingStart start = BookingStart.of(date, at, roomId, clinicianId);
    if (start != null) {
      model.addAttribute("start", start);
      model.addAttribute("startWords", startWords(start));
    }
    model.addAttribute("name", name);
    model.addAttribute("dateOfBirth", dateOfBirth);
    model.addAttribute("mrn", mrn);
    String blankName = name == null || name.isBlank() ? null : name.strip();
    String blankMrn = mrn == null || mrn.isBlank() ? null : mrn.strip();
    if (blankName != null || dateOfBirth != null || blankMrn != null) {
      try {
        var found =
            register.search(
                new PatientSearch(
                    blankName,
                    dateOfBirth,
                    blankMrn == null ? null : new MedicalRecordNumber(blankMrn)),
                new PageQuery(0, RESULTS));
        model.addAttribute("patients", found.content());
        model.addAttribute("total", found.totalElements());
      } catch (InvalidInputException unclear) {
        ConsoleProblems.show(ConsoleProblem.of(unclear), model, response);
      }
    }
    return htmx != null ? "console/patients :: results" : "console/patients";
  }

  /** "Monday 7 December 2026 at 09:15 in Procedure suite 1", as the search page announces it. */
  private String startWords(BookingStart start) {
    String where =
        start.roomId() != null
            ? " in " + resources.room(new RoomId(start.roomId())).getName()
            : start.clinicianId() != null
                ? " with "
                    + resources.clinician(new ClinicianId(start.clinicianId())).getDisplayName()
                : "";
    return ConsoleTime.DAY.format(start.date()) + " at " + start.at() + where;
  }

  @GetMapping("/console/patients/new")
  String registration(Model model) {
    model.addAttribute("form", new RegistrationForm());
    return "console/register";
  }

  @PostMapping("/console/patients")
  String registerPatient(
      @ModelAttribute("form") RegistrationForm form, Model model, HttpServletResponse response) {
    RegisterPatientCommand command;
    try {
      command = form.toCommand();
    } catch (DomainException unclear) {
      ConsoleProblems.show(ConsoleProblem.of(unclear), model, response);
      return "console/register";
    }
    if (!form.isConfirmed()) {
      List<Patient> namesakes =
          register
              .search(
                  new PatientSearch(
                      command.demographics().name().family(),
                      command.demographics().dateOfBirth(),
                      null),
                  new PageQuery(0, RESULTS))
              .content();
      if (!namesakes.isEmpty()) {
        model.addAttribute("duplicates", namesakes);
        return "console/register";
      }
    }
    PatientRecord registered;
    try {
      registered = register.register(command);
    } catch (DomainException refused) {
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return "console/register";
    }
    return "redirect:/console/patients/" + registered.patient().getId();
  }

  /** The registration form as typed; the domain checks each value. */
  static class RegistrationForm {
    private String given;
    private String family;
    private String dateOfBirth;
    private String sex;
    private String phone;
    private String mrn;
    private boolean confirmed;

    RegisterPatientCommand toCommand() {
      LocalDate born;
      try {
        born = LocalDate.parse(dateOfBirth == null ? "" : dateOfBirth.strip());
      } catch (DateTimeParseException notADate) {
        throw new InvalidInputException(
            "dateOfBirth", "Date of birth is a date such as 1968-04-21");
      }
      AdministrativeSex administrativeSex;
      try {
        administrativeSex = AdministrativeSex.valueOf(sex == null ? "" : sex);
      } catch (IllegalArgumentException notOne) {
        throw new InvalidInputException("sex", "Choose the patient's sex");
      }
      String number = phone == null || phone.isBlank() ? null : phone.strip();
      return new RegisterPatientCommand(
          mrn == null || mrn.isBlank() ? null : new MedicalRecordNumber(mrn.strip()),
          new Demographics(
              new PersonName(given, family),
              born,
              administrativeSex,
              new ContactDetails(number, null, null, null, null)));
    }

    public String getGiven() {
      return given;
    }

    public void setGiven(String given) {
      this.given = given;
    }

    public String getFamily() {
      return family;
    }

    public void setFamily(String family) {
      this.family = family;
    }

    public String getDateOfBirth() {
      return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
    }

    public String getSex() {
      return sex;
    }

    public void setSex(String sex) {
      this.sex = sex;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getMrn() {
      return mrn;
    }

    public void setMrn(String mrn) {
      this.mrn = mrn;
    }

    public boolean isConfirmed() {
      return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
      this.confirmed = confirmed;
    }
  }
}
