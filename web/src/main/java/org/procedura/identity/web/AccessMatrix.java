package org.procedura.identity.web;

import static org.procedura.audit.model.AuditAction.CREATE;
import static org.procedura.audit.model.AuditAction.READ;
import static org.procedura.audit.model.AuditAction.SIGN_IN;
import static org.procedura.audit.model.AuditAction.UPDATE;
import static org.procedura.audit.model.ResourceType.APPOINTMENT;
import static org.procedura.audit.model.ResourceType.AUDIT_TRAIL;
import static org.procedura.audit.model.ResourceType.AVAILABILITY;
import static org.procedura.audit.model.ResourceType.CLINICAL_PROFILE;
import static org.procedura.audit.model.ResourceType.CLINICIAN;
import static org.procedura.audit.model.ResourceType.FOLLOW_UP;
import static org.procedura.audit.model.ResourceType.FOLLOW_UP_PROTOCOL;
import static org.procedura.audit.model.ResourceType.MESSAGE;
import static org.procedura.audit.model.ResourceType.OUTCOME;
import static org.procedura.audit.model.ResourceType.OUTSIDE_PROCEDURE;
import static org.procedura.audit.model.ResourceType.PATIENT;
import static org.procedura.audit.model.ResourceType.PRIOR_AUTHORIZATION;
import static org.procedura.audit.model.ResourceType.PROCEDURE_RECORD;
import static org.procedura.audit.model.ResourceType.PROCEDURE_TYPE;
import static org.procedura.audit.model.ResourceType.REFERRAL;
import static org.procedura.audit.model.ResourceType.REPORT;
import static org.procedura.audit.model.ResourceType.ROOM;
import static org.procedura.audit.model.ResourceType.RULE_SET;
import static org.procedura.audit.model.ResourceType.SCHEDULE;
import static org.procedura.audit.model.ResourceType.SESSION;
import static org.procedura.audit.model.ResourceType.USER_ACCOUNT;
import static org.procedura.identity.model.Role.ADMIN;
import static org.procedura.identity.model.Role.FRONT_DESK;
import static org.procedura.identity.model.Role.NURSE;
import static org.procedura.identity.model.Role.PHYSICIAN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.ResourceType;
import org.procedura.audit.model.Touches;
import org.procedura.identity.model.Role;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Who may call what: every endpoint of the API with the roles allowed to call it and what it
 * touches, for the audit trail. {@link SecurityConfiguration} is built from this table, the audit
 * filter reads it, and {@code AccessMatrixWalkIT} walks every operation of the served OpenAPI
 * document against it. An endpoint missing here is denied to everyone.
 */
public final class AccessMatrix {
  private static final Set<Role> CLINICAL = EnumSet.of(FRONT_DESK, NURSE, PHYSICIAN);
  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> BOOKING = EnumSet.of(FRONT_DESK, PHYSICIAN);
  private static final Set<Role> ADMINS = EnumSet.of(ADMIN);

  /** Nurses and physicians: the clinical record of what was done and what it achieved. */
  private static final Set<Role> CLINICIANS = EnumSet.of(NURSE, PHYSICIAN);

  private static final Set<Role> PHYSICIANS = EnumSet.of(PHYSICIAN);

  /** Reports: how the clinic runs for those who run it; outcomes for physicians and admins. */
  private static final Set<Role> OPERATIONS_REPORTS = EnumSet.of(FRONT_DESK, PHYSICIAN, ADMIN);

  private static final Set<Role> OUTCOME_REPORTS = EnumSet.of(PHYSICIAN, ADMIN);

  private static final String PATIENT_ID = "/api/v1/patients/{patientId}";
  private static final String PROFILE = PATIENT_ID + "/clinical-profile";
  private static final String OUTSIDE = PATIENT_ID + "/outside-procedures";
  private static final String AUTHORIZATIONS = PATIENT_ID + "/prior-authorizations";
  private static final String AUTHORIZATION_ID = AUTHORIZATIONS + "/{authorizationId}";
  private static final String REFERRAL_ID = "/api/v1/referrals/{referralId}";
  private static final String APPOINTMENT_ID = "/api/v1/appointments/{id}";

  public static final List<Endpoint> ENDPOINTS =
      List.of(
          open(POST, "/api/v1/auth/token", Touches.of(SESSION, SIGN_IN)),
          allow(POST, "/api/v1/auth/refresh", EVERYONE, Touches.of(SESSION, SIGN_IN)),
          // the procedure catalog: everyone reads it, administrators keep it
          allow(GET, "/api/v1/procedure-types", EVERYONE, Touches.of(PROCEDURE_TYPE, READ)),
          allow(GET, "/api/v1/procedure-types/{code}", EVERYONE, read(PROCEDURE_TYPE, "code")),
          allow(POST, "/api/v1/procedure-types", ADMINS, Touches.of(PROCEDURE_TYPE, CREATE)),
          allow(PUT, "/api/v1/procedure-types/{code}", ADMINS, change(PROCEDURE_TYPE, "code")),
          // patients and their clinical profile: intake is recorded by whoever takes it
          allow(GET, "/api/v1/patients", CLINICAL, Touches.of(PATIENT, READ)),
          allow(POST, "/api/v1/patients", CLINICAL, Touches.of(PATIENT, CREATE)),
          allow(GET, PATIENT_ID, CLINICAL, ofPatient(PATIENT, READ)),
          allow(PUT, PATIENT_ID, CLINICAL, ofPatient(PATIENT, UPDATE)),
          allow(GET, PATIENT_ID + "/appointments", CLINICAL, ofPatient(APPOINTMENT, READ)),
          allow(GET, PROFILE, CLINICAL, ofPatient(CLINICAL_PROFILE, READ)),
          allow(POST, PROFILE + "/allergies", CLINICAL, ofPatient(CLINICAL_PROFILE, CREATE)),
          allow(PUT, PROFILE + "/allergies/{entryId}", CLINICAL, profileEntry()),
          allow(POST, PROFILE + "/allergies/{entryId}/end", CLINICAL, profileEntry()),
          allow(POST, PROFILE + "/coverages", CLINICAL, ofPatient(CLINICAL_PROFILE, CREATE)),
          allow(PUT, PROFILE + "/coverages/{entryId}", CLINICAL, profileEntry()),
          allow(POST, PROFILE + "/coverages/{entryId}/end", CLINICAL, profileEntry()),
          allow(POST, PROFILE + "/diagnoses", CLINICAL, ofPatient(CLINICAL_PROFILE, CREATE)),
          allow(PUT, PROFILE + "/diagnoses/{entryId}", CLINICAL, profileEntry()),
          allow(POST, PROFILE + "/diagnoses/{entryId}/end", CLINICAL, profileEntry()),
          allow(POST, PROFILE + "/medications", CLINICAL, ofPatient(CLINICAL_PROFILE, CREATE)),
          allow(PUT, PROFILE + "/medications/{entryId}", CLINICAL, profileEntry()),
          allow(POST, PROFILE + "/medications/{entryId}/end", CLINICAL, profileEntry()),
          allow(PUT, PROFILE + "/pregnancy", CLINICAL, ofPatient(CLINICAL_PROFILE, UPDATE)),
          allow(PUT, PROFILE + "/diabetes", CLINICAL, ofPatient(CLINICAL_PROFILE, UPDATE)),
          allow(GET, PATIENT_ID + "/eligibility", CLINICAL, ofPatient(CLINICAL_PROFILE, READ)),
          allow(GET, PATIENT_ID + "/documents", CLINICAL, ofPatient(CLINICAL_PROFILE, READ)),
          allow(POST, PATIENT_ID + "/documents", CLINICAL, ofPatient(CLINICAL_PROFILE, CREATE)),
          // procedures done elsewhere: clinical staff record them from documents, the front desk
          // reads them
          allow(GET, OUTSIDE, CLINICAL, ofPatient(OUTSIDE_PROCEDURE, READ)),
          allow(
              POST, OUTSIDE, CLINICIANS, new Touches(OUTSIDE_PROCEDURE, CREATE, null, "patientId")),
          allow(GET, OUTSIDE + "/{procedureId}", CLINICAL, outsideProcedure(READ)),
          allow(PUT, OUTSIDE + "/{procedureId}", CLINICIANS, outsideProcedure(UPDATE)),
          allow(
              POST,
              OUTSIDE + "/{procedureId}/entered-in-error",
              CLINICIANS,
              outsideProcedure(UPDATE)),
          // prior authorizations: the front desk and clinical staff keep them with the payer
          allow(GET, AUTHORIZATIONS, CLINICAL, ofPatient(PRIOR_AUTHORIZATION, READ)),
          allow(POST, AUTHORIZATIONS, CLINICAL, ofPatient(PRIOR_AUTHORIZATION, CREATE)),
          allow(GET, AUTHORIZATION_ID, CLINICAL, priorAuthorization(READ)),
          allow(PUT, AUTHORIZATION_ID, CLINICAL, priorAuthorization(UPDATE)),
          allow(POST, AUTHORIZATION_ID + "/decision", CLINICAL, priorAuthorization(UPDATE)),
          allow(
              GET,
              "/api/v1/prior-authorizations/worklist",
              CLINICAL,
              Touches.of(PRIOR_AUTHORIZATION, READ)),
          allow(GET, "/api/v1/patients/{patientId}/access-report", ADMINS, auditOfPatient()),
          // referrals: recorded and read by clinical staff, decided by physicians
          allow(GET, "/api/v1/referrals", CLINICAL, Touches.of(REFERRAL, READ)),
          allow(GET, "/api/v1/referrals/to-schedule", CLINICAL, Touches.of(REFERRAL, READ)),
          allow(POST, "/api/v1/referrals", CLINICAL, forPatientInBody(REFERRAL)),
          allow(GET, REFERRAL_ID, CLINICAL, read(REFERRAL, "referralId")),
          allow(POST, REFERRAL_ID + "/triage", EnumSet.of(PHYSICIAN), referralStep()),
          allow(POST, REFERRAL_ID + "/accept", EnumSet.of(PHYSICIAN), referralStep()),
          allow(POST, REFERRAL_ID + "/decline", EnumSet.of(PHYSICIAN), referralStep()),
          allow(POST, REFERRAL_ID + "/close", BOOKING, referralStep()),
          // clinic resources: everyone reads them, administrators keep them
          allow(GET, "/api/v1/clinicians", EVERYONE, Touches.of(CLINICIAN, READ)),
          allow(POST, "/api/v1/clinicians", ADMINS, Touches.of(CLINICIAN, CREATE)),
          allow(GET, "/api/v1/clinicians/{id}", EVERYONE, read(CLINICIAN, "id")),
          allow(PUT, "/api/v1/clinicians/{id}", ADMINS, change(CLINICIAN, "id")),
          allow(GET, "/api/v1/clinicians/{id}/time-off", EVERYONE, read(CLINICIAN, "id")),
          allow(POST, "/api/v1/clinicians/{id}/time-off", ADMINS, change(CLINICIAN, "id")),
          allow(GET, "/api/v1/clinicians/{id}/working-hours", EVERYONE, read(CLINICIAN, "id")),
          allow(PUT, "/api/v1/clinicians/{id}/working-hours", ADMINS, change(CLINICIAN, "id")),
          allow(GET, "/api/v1/rooms", EVERYONE, Touches.of(ROOM, READ)),
          allow(POST, "/api/v1/rooms", ADMINS, Touches.of(ROOM, CREATE)),
          allow(GET, "/api/v1/rooms/{id}", EVERYONE, read(ROOM, "id")),
          allow(PUT, "/api/v1/rooms/{id}", ADMINS, change(ROOM, "id")),
          allow(GET, "/api/v1/rooms/{id}/maintenance", EVERYONE, read(ROOM, "id")),
          allow(POST, "/api/v1/rooms/{id}/maintenance", ADMINS, change(ROOM, "id")),
          allow(GET, "/api/v1/rooms/{id}/working-hours", EVERYONE, read(ROOM, "id")),
          allow(PUT, "/api/v1/rooms/{id}/working-hours", ADMINS, change(ROOM, "id")),
          // scheduling: the front desk books; nurses check in; physicians run the day
          // a search for one patient's free time reads that patient's bookings
          allow(
              GET,
              "/api/v1/availability",
              CLINICAL,
              new Touches(AVAILABILITY, READ, null, null, "patientId")),
          allow(GET, "/api/v1/schedule", CLINICAL, Touches.of(SCHEDULE, READ)),
          allow(POST, "/api/v1/appointments/procedures", BOOKING, forPatientInBody(APPOINTMENT)),
          allow(POST, "/api/v1/appointments/visits", BOOKING, forPatientInBody(APPOINTMENT)),
          allow(GET, APPOINTMENT_ID, CLINICAL, read(APPOINTMENT, "id")),
          allow(POST, APPOINTMENT_ID + "/confirm", BOOKING, change(APPOINTMENT, "id")),
          allow(POST, APPOINTMENT_ID + "/reschedule", BOOKING, change(APPOINTMENT, "id")),
          allow(POST, APPOINTMENT_ID + "/cancel", BOOKING, change(APPOINTMENT, "id")),
          allow(POST, APPOINTMENT_ID + "/no-show", BOOKING, change(APPOINTMENT, "id")),
          allow(GET, APPOINTMENT_ID + "/checklist", CLINICAL, read(APPOINTMENT, "id")),
          allow(GET, APPOINTMENT_ID + "/rule-check", CLINICAL, read(APPOINTMENT, "id")),
          allow(GET, APPOINTMENT_ID + "/messages", CLINICAL, read(APPOINTMENT, "id")),
          allow(POST, APPOINTMENT_ID + "/checklist/{item}", CLINICIANS, change(APPOINTMENT, "id")),
          allow(
              POST,
              APPOINTMENT_ID + "/check-in",
              EnumSet.of(FRONT_DESK, NURSE),
              change(APPOINTMENT, "id")),
          allow(
              POST,
              APPOINTMENT_ID + "/start",
              EnumSet.of(NURSE, PHYSICIAN),
              change(APPOINTMENT, "id")),
          allow(
              POST, APPOINTMENT_ID + "/complete", EnumSet.of(PHYSICIAN), change(APPOINTMENT, "id")),
          // outcomes: physicians record procedures; nurses and physicians score follow-ups;
          // the front desk sees the worklists and books follow-up visits
          allow(GET, "/api/v1/procedures/{id}", CLINICIANS, read(PROCEDURE_RECORD, "id")),
          allow(POST, "/api/v1/procedures/{id}/record", PHYSICIANS, change(PROCEDURE_RECORD, "id")),
          allow(POST, "/api/v1/procedures/{id}/amend", PHYSICIANS, change(PROCEDURE_RECORD, "id")),
          allow(
              POST, "/api/v1/procedures/{id}/baseline", CLINICIANS, change(PROCEDURE_RECORD, "id")),
          allow(
              POST,
              "/api/v1/procedures/{id}/pain-diary",
              CLINICIANS,
              change(PROCEDURE_RECORD, "id")),
          allow(GET, "/api/v1/follow-ups/worklist", CLINICAL, Touches.of(FOLLOW_UP, READ)),
          // a follow-up carries scores: nurses and physicians (the front desk works from the
          // worklist)
          allow(GET, "/api/v1/follow-ups/{id}", CLINICIANS, read(FOLLOW_UP, "id")),
          allow(POST, "/api/v1/follow-ups/{id}/visit", CLINICAL, change(FOLLOW_UP, "id")),
          allow(POST, "/api/v1/follow-ups/{id}/outcome", CLINICIANS, change(FOLLOW_UP, "id")),
          // closing a missed follow-up is a clinical decision, attributed to its patient like the
          // outcome (the answer's patientId)
          allow(POST, "/api/v1/follow-ups/{id}/close", CLINICIANS, change(FOLLOW_UP, "id")),
          allow(GET, PATIENT_ID + "/outcomes", CLINICIANS, ofPatient(OUTCOME, READ)),
          allow(GET, PATIENT_ID + "/pain-chart", CLINICIANS, ofPatient(OUTCOME, READ)),
          allow(GET, "/api/v1/follow-up-protocols", EVERYONE, Touches.of(FOLLOW_UP_PROTOCOL, READ)),
          allow(
              GET,
              "/api/v1/follow-up-protocols/{procedureType}",
              EVERYONE,
              read(FOLLOW_UP_PROTOCOL, "procedureType")),
          allow(
              PUT,
              "/api/v1/follow-up-protocols/{procedureType}",
              ADMINS,
              change(FOLLOW_UP_PROTOCOL, "procedureType")),
          // payer rules: everyone reads them, administrators change them (a new version each time)
          allow(GET, "/api/v1/rule-sets", EVERYONE, Touches.of(RULE_SET, READ)),
          allow(GET, "/api/v1/rule-sets/{code}", EVERYONE, read(RULE_SET, "code")),
          allow(
              GET, "/api/v1/rule-sets/{code}/versions/{version}", EVERYONE, read(RULE_SET, "code")),
          allow(PUT, "/api/v1/rule-sets/{code}/rules/{ruleId}", ADMINS, change(RULE_SET, "code")),
          // reports: figures only, no patient's rows
          allow(GET, "/api/v1/reports/utilisation", OPERATIONS_REPORTS, Touches.of(REPORT, READ)),
          allow(
              GET, "/api/v1/reports/utilisation.csv", OPERATIONS_REPORTS, Touches.of(REPORT, READ)),
          allow(GET, "/api/v1/reports/attendance", OPERATIONS_REPORTS, Touches.of(REPORT, READ)),
          allow(
              GET, "/api/v1/reports/attendance.csv", OPERATIONS_REPORTS, Touches.of(REPORT, READ)),
          allow(
              GET, "/api/v1/reports/referral-times", OPERATIONS_REPORTS, Touches.of(REPORT, READ)),
          allow(
              GET,
              "/api/v1/reports/referral-times.csv",
              OPERATIONS_REPORTS,
              Touches.of(REPORT, READ)),
          allow(GET, "/api/v1/reports/waiting-times", OPERATIONS_REPORTS, Touches.of(REPORT, READ)),
          allow(
              GET,
              "/api/v1/reports/waiting-times.csv",
              OPERATIONS_REPORTS,
              Touches.of(REPORT, READ)),
          allow(GET, "/api/v1/reports/responders", OUTCOME_REPORTS, Touches.of(REPORT, READ)),
          allow(GET, "/api/v1/reports/responders.csv", OUTCOME_REPORTS, Touches.of(REPORT, READ)),
          allow(GET, "/api/v1/reports/durable-relief", OUTCOME_REPORTS, Touches.of(REPORT, READ)),
          allow(
              GET, "/api/v1/reports/durable-relief.csv", OUTCOME_REPORTS, Touches.of(REPORT, READ)),
          // administration: staff accounts and the audit trail
          allow(GET, "/api/v1/users", ADMINS, Touches.of(USER_ACCOUNT, READ)),
          allow(POST, "/api/v1/users", ADMINS, Touches.of(USER_ACCOUNT, CREATE)),
          allow(GET, "/api/v1/users/{username}", ADMINS, read(USER_ACCOUNT, "username")),
          allow(PUT, "/api/v1/users/{username}/roles", ADMINS, change(USER_ACCOUNT, "username")),
          allow(POST, "/api/v1/users/{username}/disable", ADMINS, userStep()),
          allow(POST, "/api/v1/users/{username}/enable", ADMINS, userStep()),
          allow(POST, "/api/v1/users/{username}/password", ADMINS, userStep()),
          allow(GET, "/api/v1/audit-events", ADMINS, Touches.of(AUDIT_TRAIL, READ)),
          // messages to patients that could not be delivered, to be followed up another way
          allow(GET, "/api/v1/messages/failures", ADMINS, Touches.of(MESSAGE, READ)));

  private static final String CONSOLE_PATIENT = "/console/patients/{patientId}";
  private static final String CONSOLE_APPOINTMENT = CONSOLE_PATIENT + "/appointments/{id}";
  private static final String CONSOLE_STAFF = "/console/staff/{username}";
  private static final String CONSOLE_CLINICIAN = "/console/clinicians/{id}";
  private static final String CONSOLE_ROOM = "/console/rooms/{id}";
  private static final String CONSOLE_RULE_SET = "/console/rule-sets/{code}";
  private static final String CONSOLE_PROTOCOL = "/console/follow-up-protocols/{procedureType}";

  /**
   * The clinic console's pages and form posts (signed in by form, with a session): the same roles
   * as the API's operations they call, audited the same way. Pages about one patient name the
   * patient in their path, so that every read and change is attributed to that patient.
   */
  public static final List<Endpoint> CONSOLE =
      List.of(
          open(GET, "/", Touches.of(SESSION, READ)),
          open(POST, "/console/sign-in", Touches.of(SESSION, SIGN_IN)),
          allow(POST, "/console/sign-out", EVERYONE, Touches.of(SESSION, UPDATE)),
          allow(GET, "/console", EVERYONE, Touches.of(SESSION, READ)),
          // the administrators' pages: the same use cases, roles and audit as the API's rows
          allow(GET, "/console/staff", ADMINS, Touches.of(USER_ACCOUNT, READ)),
          allow(POST, "/console/staff", ADMINS, Touches.of(USER_ACCOUNT, CREATE)),
          allow(GET, CONSOLE_STAFF, ADMINS, read(USER_ACCOUNT, "username")),
          allow(POST, CONSOLE_STAFF + "/roles", ADMINS, userStep()),
          allow(POST, CONSOLE_STAFF + "/disable", ADMINS, userStep()),
          allow(POST, CONSOLE_STAFF + "/enable", ADMINS, userStep()),
          allow(POST, CONSOLE_STAFF + "/password", ADMINS, userStep()),
          allow(GET, "/console/clinicians", ADMINS, Touches.of(CLINICIAN, READ)),
          allow(POST, "/console/clinicians", ADMINS, Touches.of(CLINICIAN, CREATE)),
          allow(GET, CONSOLE_CLINICIAN, ADMINS, read(CLINICIAN, "id")),
          allow(POST, CONSOLE_CLINICIAN, ADMINS, change(CLINICIAN, "id")),
          allow(POST, CONSOLE_CLINICIAN + "/working-hours", ADMINS, change(CLINICIAN, "id")),
          allow(POST, CONSOLE_CLINICIAN + "/time-off", ADMINS, change(CLINICIAN, "id")),
          allow(GET, "/console/rooms", ADMINS, Touches.of(ROOM, READ)),
          allow(POST, "/console/rooms", ADMINS, Touches.of(ROOM, CREATE)),
          allow(GET, CONSOLE_ROOM, ADMINS, read(ROOM, "id")),
          allow(POST, CONSOLE_ROOM, ADMINS, change(ROOM, "id")),
          allow(POST, CONSOLE_ROOM + "/working-hours", ADMINS, change(ROOM, "id")),
          allow(POST, CONSOLE_ROOM + "/maintenance", ADMINS, change(ROOM, "id")),
          allow(GET, "/console/rule-sets", ADMINS, Touches.of(RULE_SET, READ)),
          allow(GET, CONSOLE_RULE_SET, ADMINS, read(RULE_SET, "code")),
          allow(GET, CONSOLE_RULE_SET + "/versions/{version}", ADMINS, read(RULE_SET, "code")),
          allow(GET, CONSOLE_RULE_SET + "/rules/{ruleId}", ADMINS, read(RULE_SET, "code")),
          allow(POST, CONSOLE_RULE_SET + "/rules/{ruleId}", ADMINS, change(RULE_SET, "code")),
          allow(GET, "/console/follow-up-protocols", ADMINS, Touches.of(FOLLOW_UP_PROTOCOL, READ)),
          allow(GET, CONSOLE_PROTOCOL, ADMINS, read(FOLLOW_UP_PROTOCOL, "procedureType")),
          allow(POST, CONSOLE_PROTOCOL, ADMINS, change(FOLLOW_UP_PROTOCOL, "procedureType")),
          allow(GET, "/console/patients", CLINICAL, Touches.of(PATIENT, READ)),
          allow(GET, "/console/patients/new", CLINICAL, Touches.of(PATIENT, READ)),
          allow(POST, "/console/patients", CLINICAL, Touches.of(PATIENT, CREATE)),
          allow(GET, CONSOLE_PATIENT, CLINICAL, ofPatient(PATIENT, READ)),
          allow(GET, CONSOLE_PATIENT + "/slots", BOOKING, ofPatient(AVAILABILITY, READ)),
          allow(POST, CONSOLE_PATIENT + "/appointments", BOOKING, ofPatient(APPOINTMENT, CREATE)),
          allow(GET, CONSOLE_APPOINTMENT, CLINICAL, appointmentOfPatient(READ)),
          allow(
              POST,
              CONSOLE_APPOINTMENT + "/check-in",
              EnumSet.of(FRONT_DESK, NURSE),
              appointmentOfPatient(UPDATE)),
          allow(POST, CONSOLE_APPOINTMENT + "/confirm", BOOKING, appointmentOfPatient(UPDATE)),
          allow(GET, CONSOLE_APPOINTMENT + "/reschedule", BOOKING, appointmentOfPatient(READ)),
          allow(POST, CONSOLE_APPOINTMENT + "/reschedule", BOOKING, appointmentOfPatient(UPDATE)),
          allow(POST, CONSOLE_APPOINTMENT + "/cancel", BOOKING, appointmentOfPatient(UPDATE)),
          allow(POST, CONSOLE_APPOINTMENT + "/no-show", BOOKING, appointmentOfPatient(UPDATE)),
          allow(
              POST,
              CONSOLE_APPOINTMENT + "/start",
              EnumSet.of(NURSE, PHYSICIAN),
              appointmentOfPatient(UPDATE)),
          allow(POST, CONSOLE_APPOINTMENT + "/complete", PHYSICIANS, appointmentOfPatient(UPDATE)),
          // the procedure's record and its follow-up outcomes, as the API's procedure endpoints
          allow(GET, CONSOLE_PATIENT + "/procedures/{id}", CLINICIANS, procedureOfPatient(READ)),
          allow(
              POST,
              CONSOLE_PATIENT + "/procedures/{id}/record",
              PHYSICIANS,
              procedureOfPatient(UPDATE)),
          // the physicians' triage of referrals, as the API's referral steps
          allow(GET, "/console/referrals/triage", PHYSICIANS, Touches.of(REFERRAL, READ)),
          allow(
              GET, CONSOLE_PATIENT + "/referrals/{referralId}", CLINICAL, referralOfPatient(READ)),
          allow(
              POST,
              CONSOLE_PATIENT + "/referrals/{referralId}/triage",
              PHYSICIANS,
              referralOfPatient(UPDATE)),
          allow(
              POST,
              CONSOLE_PATIENT + "/referrals/{referralId}/accept",
              PHYSICIANS,
              referralOfPatient(UPDATE)),
          allow(
              POST,
              CONSOLE_PATIENT + "/referrals/{referralId}/decline",
              PHYSICIANS,
              referralOfPatient(UPDATE)),
          allow(
              POST,
              CONSOLE_APPOINTMENT + "/checklist/{item}",
              CLINICIANS,
              appointmentOfPatient(UPDATE)),
          allow(GET, "/console/day", CLINICAL, Touches.of(SCHEDULE, READ)),
          allow(GET, "/console/referrals", CLINICAL, Touches.of(REFERRAL, READ)),
          allow(GET, "/console/follow-ups", CLINICAL, Touches.of(FOLLOW_UP, READ)),
          allow(
              POST,
              CONSOLE_PATIENT + "/follow-ups/{id}/outcome",
              CLINICIANS,
              ofPatient(FOLLOW_UP, UPDATE)));

  private static final String FHIR = "/fhir/";

  /**
   * The FHIR R4 endpoints under {@code /fhir} (HAPI's plain server), with the same roles as the API
   * operations they share use cases with. Reads of patient data are recorded once per patient the
   * answer names (the FHIR audit filter), so a search is attributed to every patient it revealed.
   * The CapabilityStatement is open, as FHIR clients read it before they sign in.
   */
  public static final List<Endpoint> FHIR_ENDPOINTS =
      List.of(
          open(GET, FHIR + "metadata", Touches.of(SESSION, READ)),
          // the definitions of $find and $book, which the CapabilityStatement points to
          open(GET, FHIR + "OperationDefinition/{id}", Touches.of(SESSION, READ)),
          allow(GET, FHIR + "Patient", CLINICAL, Touches.of(PATIENT, READ)),
          allow(GET, FHIR + "Patient/{id}", CLINICAL, new Touches(PATIENT, READ, "id", "id")),
          allow(GET, FHIR + "Condition", CLINICAL, Touches.of(CLINICAL_PROFILE, READ)),
          allow(GET, FHIR + "AllergyIntolerance", CLINICAL, Touches.of(CLINICAL_PROFILE, READ)),
          allow(GET, FHIR + "MedicationStatement", CLINICAL, Touches.of(CLINICAL_PROFILE, READ)),
          allow(GET, FHIR + "Coverage", CLINICAL, Touches.of(CLINICAL_PROFILE, READ)),
          allow(GET, FHIR + "Practitioner", EVERYONE, Touches.of(CLINICIAN, READ)),
          allow(GET, FHIR + "Practitioner/{id}", EVERYONE, read(CLINICIAN, "id")),
          allow(GET, FHIR + "PractitionerRole", EVERYONE, Touches.of(CLINICIAN, READ)),
          allow(GET, FHIR + "PractitionerRole/{id}", EVERYONE, read(CLINICIAN, "id")),
          allow(GET, FHIR + "Location", EVERYONE, Touches.of(ROOM, READ)),
          allow(GET, FHIR + "Location/{id}", EVERYONE, read(ROOM, "id")),
          allow(GET, FHIR + "HealthcareService", EVERYONE, Touches.of(PROCEDURE_TYPE, READ)),
          allow(GET, FHIR + "HealthcareService/{id}", EVERYONE, read(PROCEDURE_TYPE, "id")),
          allow(GET, FHIR + "Appointment", CLINICAL, Touches.of(APPOINTMENT, READ)),
          allow(GET, FHIR + "Appointment/$find", CLINICAL, findForPatient()),
          allow(POST, FHIR + "Appointment/$find", CLINICAL, findForPatient()),
          allow(POST, FHIR + "Appointment/$book", BOOKING, Touches.of(APPOINTMENT, CREATE)),
          // after the operations, which the pattern of one appointment would match too
          allow(GET, FHIR + "Appointment/{id}", CLINICAL, read(APPOINTMENT, "id")),
          allow(POST, FHIR + "ServiceRequest", CLINICAL, Touches.of(REFERRAL, CREATE)),
          allow(GET, FHIR + "ServiceRequest/{id}", CLINICAL, read(REFERRAL, "id")),
          // what was done and what it achieved: nurses and physicians, as the outcomes
          allow(GET, FHIR + "Procedure", CLINICIANS, Touches.of(PROCEDURE_RECORD, READ)),
          allow(GET, FHIR + "Procedure/{id}", CLINICIANS, read(PROCEDURE_RECORD, "id")),
          allow(GET, FHIR + "Observation", CLINICIANS, Touches.of(OUTCOME, READ)));

  private static final List<Map.Entry<Endpoint, PathPattern>> PATTERNS =
      Stream.of(ENDPOINTS, CONSOLE, FHIR_ENDPOINTS)
          .flatMap(List::stream)
          .map(e -> Map.entry(e, e.pattern()))
          .toList();

  private AccessMatrix() {}

  /** The endpoint a request is for, by method and path; empty when none is declared. */
  public static Optional<Match> match(String method, String path) {
    Optional<PathContainer> parsed = parsed(path);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    PathContainer container = parsed.get();
    for (var entry : PATTERNS) {
      if (entry.getKey().method().matches(method)) {
        var info = entry.getValue().matchAndExtract(container);
        if (info != null) {
          return Optional.of(new Match(entry.getKey(), info.getUriVariables()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether some endpoint answers at this path, with whatever method. */
  public static boolean declares(String path) {
    return parsed(path)
        .map(container -> PATTERNS.stream().anyMatch(entry -> entry.getValue().matches(container)))
        .orElse(false);
  }

  /** A path with an escape that does not decode (a lone {@code %}) is no endpoint's. */
  private static Optional<PathContainer> parsed(String path) {
    try {
      return Optional.of(PathContainer.parsePath(path));
    } catch (IllegalArgumentException undecodable) {
      return Optional.empty();
    }
  }

  private static Endpoint open(HttpMethod method, String path, Touches touches) {
    return new Endpoint(method, path, true, Set.of(), touches);
  }

  private static Endpoint allow(HttpMethod method, String path, Set<Role> roles, Touches touches) {
    return new Endpoint(method, path, false, roles, touches);
  }

  private static Touches read(ResourceType type, String idVariable) {
    return new Touches(type, READ, idVariable, null);
  }

  private static Touches change(ResourceType type, String idVariable) {
    return new Touches(type, UPDATE, idVariable, null);
  }

  private static Touches ofPatient(ResourceType type, AuditAction action) {
    return new Touches(type, action, "patientId", "patientId");
  }

  /**
   * A booking or a referral: its patient, named only by the body's {@code patientId}, is kept for a
   * refused one too (a referral for a new patient names nobody until it is answered).
   */
  private static Touches forPatientInBody(ResourceType type) {
    return Touches.forPatientInBody(type, CREATE, "patientId");
  }

  /** A search for free time, recorded as a read of the patient's bookings when it names one. */
  private static Touches findForPatient() {
    return new Touches(AVAILABILITY, READ, null, null, "patient");
  }

  private static Touches profileEntry() {
    return new Touches(CLINICAL_PROFILE, UPDATE, "entryId", "patientId");
  }

  /** One outside procedure, named by the path, attributed to its patient. */
  private static Touches outsideProcedure(AuditAction action) {
    return new Touches(OUTSIDE_PROCEDURE, action, "procedureId", "patientId");
  }

  /** One prior authorization, named by the path, attributed to its patient. */
  private static Touches priorAuthorization(AuditAction action) {
    return new Touches(PRIOR_AUTHORIZATION, action, "authorizationId", "patientId");
  }

  private static Touches appointmentOfPatient(AuditAction action) {
    return new Touches(APPOINTMENT, action, "id", "patientId");
  }

  private static Touches procedureOfPatient(AuditAction action) {
    return new Touches(PROCEDURE_RECORD, action, "id", "patientId");
  }

  private static Touches referralOfPatient(AuditAction action) {
    return new Touches(REFERRAL, action, "referralId", "patientId");
  }

  private static Touches referralStep() {
    return change(REFERRAL, "referralId");
  }

  private static Touches userStep() {
    return change(USER_ACCOUNT, "username");
  }

  private static Touches auditOfPatient() {
    return new Touches(AUDIT_TRAIL, READ, "patientId", "patientId");
  }

  /** An endpoint matched by a request, with the values of its path variables. */
  public record Match(Endpoint endpoint, Map<String, String> variables) {}
}
