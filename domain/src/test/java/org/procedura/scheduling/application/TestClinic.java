package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.patient.model.PatientFixtures.mrn;
import static org.procedura.scheduling.model.SchedulingFixtures.CLINIC_ZONE;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_1;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_2;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_3;
import static org.procedura.scheduling.model.SchedulingFixtures.TPI;
import static org.procedura.scheduling.model.SchedulingFixtures.TURNOVER;
import static org.procedura.scheduling.model.SchedulingFixtures.clinician;
import static org.procedura.scheduling.model.SchedulingFixtures.inactiveClinician;
import static org.procedura.scheduling.model.SchedulingFixtures.room;
import static org.procedura.scheduling.model.SchedulingFixtures.weekdays;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.procedura.catalog.model.Anatomies;
import org.procedura.catalog.model.ImagingGuidance;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.InMemoryProcedureTypes;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.InMemoryPatients;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.InMemoryAppointmentQueries;
import org.procedura.scheduling.model.InMemoryAppointments;
import org.procedura.scheduling.model.InMemoryClinicians;
import org.procedura.scheduling.model.InMemoryIdempotencyKeys;
import org.procedura.scheduling.model.InMemoryRooms;
import org.procedura.scheduling.model.InMemoryWorkingTime;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureEligibility;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomKind;
import org.procedura.scheduling.model.SchedulingFixtures;
import org.procedura.scheduling.model.SlotConflict;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.shared.model.ConflictException;

/**
 * A small clinic wired with in-memory ports, for the scheduling use cases:
 *
 * <ul>
 *   <li>procedure types: {@code ESI_TF_LUMB} (30 min, fluoroscopy, region, levels and side needed),
 *       {@code TPI} (20 min, unguided, no site), {@code RFA_OLD} (inactive);
 *   <li>clinicians: Dr. Alvarez (ESI and TPI), Dr. Brown (TPI only), Dr. Cruz (ESI, inactive);
 *   <li>rooms: Suite A (fluoroscopy), Suite B (ultrasound), Consult 1;
 *   <li>every one of them works Monday to Friday, 08:00 to 17:00 New York time;
 *   <li>patients Ada and Grace.
 * </ul>
 */
final class TestClinic {
  static final ProcedureTypeCode RETIRED = new ProcedureTypeCode("RFA_OLD");
  static final ProcedureSite LEFT_L4_L5 =
      new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT);
  static final SchedulingPolicy POLICY =
      new SchedulingPolicy(
          CLINIC_ZONE, TURNOVER, Duration.ofMinutes(30), Duration.ofMinutes(20), 31);

  final Clock clock;
  final InMemoryPatients patients = new InMemoryPatients();
  final InMemoryProcedureTypes procedureTypes = new InMemoryProcedureTypes();

  /** What the check-in gate answers for a procedure; null lets every procedure in. */
  RuntimeException checkInRefusal;

  /** The first day the rules let each patient have any procedure; absent is no restriction. */
  final Map<PatientId, LocalDate> eligibleOn = new HashMap<>();

  private final ProcedureEligibility eligibleFrom =
      (patient, type, from) -> {
        LocalDate first = eligibleOn.get(patient);
        return first != null && first.isAfter(from) ? first : from;
      };
  final InMemoryClinicians clinicians = new InMemoryClinicians();
  final InMemoryRooms rooms = new InMemoryRooms();
  final InMemoryWorkingTime workingTime = new InMemoryWorkingTime();
  final InMemoryAppointments appointments = new InMemoryAppointments();
  final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
  final InMemoryAppointmentQueries queries =
      new InMemoryAppointmentQueries(appointments, patients, clinicians, rooms);
  final ResourceCalendars calendars = new ResourceCalendars(workingTime, queries, POLICY);

  final Patient ada;
  final Patient grace;
  final Clinician alvarez;
  final Clinician brown;
  final Clinician cruz;
  final Room suiteA;
  final Room suiteB;
  final Room consult1;

  TestClinic(Clock clock) {
    this.clock = clock;
    LocalDate today = LocalDate.now(clock);
    ada = patients.save(Patient.register(mrn("MRN-0001"), demographics().build(), today));
    grace =
        patients.save(
            Patient.register(
                mrn("MRN-0002"), demographics().named("Grace", "Hopper").build(), today));
    procedureTypes.save(ProcedureType.define(ESI, aDefinition().build()));
    procedureTypes.save(
        ProcedureType.define(
            TPI,
            aDefinition()
                .name("Trigger point injection")
                .imaging(ImagingGuidance.none())
                .anatomy(Anatomies.SIDE_IF_NAMED)
                .minutes(20)
                .build()));
    procedureTypes.save(
        ProcedureType.define(RETIRED, aDefinition().name("Retired").active(false).build()));
    alvarez = clinicians.save(clinician("Dr. Alvarez", NPI_1, ESI, TPI, RETIRED));
    brown = clinicians.save(clinician("Dr. Brown", NPI_2, TPI));
    cruz = clinicians.save(inactiveClinician("Dr. Cruz", NPI_3, ESI));
    suiteA = rooms.save(room("Suite A", RoomKind.PROCEDURE_SUITE, ImagingModality.FLUOROSCOPY));
    suiteB = rooms.save(room("Suite B", RoomKind.PROCEDURE_SUITE, ImagingModality.ULTRASOUND));
    consult1 = rooms.save(room("Consult 1", RoomKind.CONSULT_ROOM));
    WeeklyHours officeHours = weekdays("08:00", "17:00");
    for (Clinician c : List.of(alvarez, brown, cruz)) {
      workingTime.replaceHours(ResourceRef.of(c.getId()), officeHours);
    }
    for (Room r : List.of(suiteA, suiteB, consult1)) {
      workingTime.replaceHours(ResourceRef.of(r.getId()), officeHours);
    }
  }

  BookingSuitability suitability() {
    return new BookingSuitability(
        patients, procedureTypes, clinicians, rooms, calendars, POLICY, clock);
  }

  AppointmentBook appointmentBook() {
    return new AppointmentBook(appointments, referralBookings, idempotencyKeys);
  }

  BookProcedure bookProcedure() {
    return new BookProcedure(
        suitability(), appointmentBook(), bookingChecks, POLICY, notices, clock);
  }

  BookVisit bookVisit() {
    return new BookVisit(suitability(), appointmentBook(), POLICY, notices, clock);
  }

  RescheduleAppointment reschedule() {
    return new RescheduleAppointment(
        appointments, suitability(), appointmentBook(), bookingChecks, notices, clock);
  }

  IdempotentBooking idempotentBooking() {
    return new IdempotentBooking(idempotencyKeys, appointments);
  }

  /** Rule checks that pass everything; the rules module is tested on its own. */
  final org.procedura.scheduling.model.BookingChecks bookingChecks =
      new org.procedura.scheduling.model.BookingChecks() {
        @Override
        public org.procedura.scheduling.model.CheckedRules check(
            org.procedura.scheduling.model.Appointment candidate,
            org.procedura.catalog.model.ProcedureType type,
            org.procedura.scheduling.model.Room room,
            org.procedura.scheduling.model.Acknowledgement acknowledgement) {
          return org.procedura.scheduling.model.CheckedRules.NOTHING;
        }

        @Override
        public void record(
            org.procedura.scheduling.model.AppointmentId appointment,
            org.procedura.scheduling.model.CheckedRules checked) {}

        @Override
        public List<org.procedura.scheduling.model.HoldInstruction> holdsOf(
            org.procedura.scheduling.model.AppointmentId appointment) {
          return List.of();
        }
      };

  /** What the use cases told the patient's messages, in order: "booked <id>", "moved <id>", ... */
  final List<String> noticesGiven = new java.util.ArrayList<>();

  final org.procedura.scheduling.model.AppointmentNotices notices =
      new org.procedura.scheduling.model.AppointmentNotices() {
        @Override
        public void booked(org.procedura.scheduling.model.Appointment booked) {
          noticesGiven.add("booked " + booked.getId());
        }

        @Override
        public void rescheduled(org.procedura.scheduling.model.Appointment moved) {
          noticesGiven.add("moved " + moved.getId());
        }

        @Override
        public void cancelled(org.procedura.scheduling.model.Appointment cancelled) {
          noticesGiven.add("cancelled " + cancelled.getId());
        }
      };

  /** What booking told the referrals: "referral -> appointment" for each booking from one. */
  final List<String> bookedFromReferrals = new java.util.ArrayList<>();

  final org.procedura.scheduling.model.ReferralBookings referralBookings =
      (referral, patient, appointment, by) ->
          bookedFromReferrals.add(referral + " -> " + appointment);

  /** The procedure appointments completion handed on, in order. */
  final List<org.procedura.scheduling.model.Appointment> completions = new java.util.ArrayList<>();

  AppointmentLifecycle lifecycle() {
    return lifecycleAt(clock.instant());
  }

  /** The lifecycle as it acts at another moment, on the same appointment book. */
  AppointmentLifecycle lifecycleAt(Instant now) {
    return new AppointmentLifecycle(
        appointments,
        (appointment, completed) -> completions.add(appointment),
        (procedure, at) -> {
          if (checkInRefusal != null) {
            throw checkInRefusal;
          }
        },
        notices,
        Clock.fixed(now, CLINIC_ZONE));
  }

  FindAvailability availability() {
    return new FindAvailability(
        procedureTypes, clinicians, rooms, calendars, eligibleFrom, POLICY, clock);
  }

  ScheduleViews views() {
    return new ScheduleViews(queries, patients, POLICY, clock);
  }

  ClinicResources resources() {
    return new ClinicResources(clinicians, rooms, workingTime, procedureTypes, POLICY, clock);
  }

  /** Ada's lumbar ESI with Dr. Alvarez in Suite A. */
  BookProcedureCommand esi(Instant start) {
    return esi(ada.getId(), alvarez, suiteA, start);
  }

  BookProcedureCommand esi(PatientId patient, Clinician clinician, Room room, Instant start) {
    return new BookProcedureCommand(
        patient, ESI, clinician.getId(), room.getId(), start, LEFT_L4_L5, null);
  }

  BookProcedureCommand tpi(PatientId patient, Clinician clinician, Room room, Instant start) {
    return new BookProcedureCommand(
        patient, TPI, clinician.getId(), room.getId(), start, ProcedureSite.NONE, null);
  }

  /** Booked by the front desk without an idempotency key. */
  Appointment book(BookProcedureCommand command) {
    return bookProcedure().book(command, SchedulingFixtures.FRONT_DESK, null);
  }

  /** Ada's lumbar ESI with Dr. Alvarez in suite A, on Monday at the clinic's local time. */
  Appointment bookEsiAt(String localTime) {
    return book(esi(SchedulingFixtures.at(SchedulingFixtures.MONDAY, localTime)));
  }

  /** A consult with Dr. Alvarez in consult room 1. */
  BookVisitCommand consult(PatientId patient, Instant start) {
    return new BookVisitCommand(
        patient, AppointmentKind.CONSULT, alvarez.getId(), consult1.getId(), start, null);
  }

  /** The appointment as stored now. */
  Appointment stored(Appointment appointment) {
    return appointments.find(appointment.getId()).orElseThrow();
  }

  /** Refused as taken time, naming the resource and the appointment that holds it. */
  static void assertSlotTaken(ResourceRef resource, Appointment holder, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("SLOT_TAKEN");
              assertThat(e.getMessage()).contains(resource.kind().name().toLowerCase());
              List<Object> details = List.copyOf(e.details());
              assertThat(details)
                  .contains(
                      new SlotConflict(
                          resource.kind(),
                          resource.id(),
                          holder.getId().value(),
                          holder.getPlacement().slot().start(),
                          holder.getPlacement().slot().end()));
            });
  }
}
