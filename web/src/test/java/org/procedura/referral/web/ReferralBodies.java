package org.procedura.referral.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the referral tests: a valid referral from a primary-care physician. */
public final class ReferralBodies {
  static final String VALID_NPI = "1234567893";
  private static final ZoneId CLINIC = ZoneId.of("America/New_York");

  private ReferralBodies() {}

  static LocalDate today() {
    return LocalDate.now(CLINIC);
  }

  static Map<String, Object> primaryCarePhysician(String npi) {
    Map<String, Object> provider = new HashMap<>();
    provider.put("name", "Dr. Jane Family");
    provider.put("npi", npi);
    provider.put("practice", "Main Street Primary Care");
    provider.put("contact", "fax +1 555 0199");
    return provider;
  }

  /** A referral received {@code daysAgo} days ago for the registered patient. */
  public static Map<String, Object> referralFor(String patientId, int daysAgo) {
    Map<String, Object> body = referral(daysAgo);
    body.put("patientId", patientId);
    return body;
  }

  /** A referral received {@code daysAgo} days ago for a new patient named {@code family}. */
  static Map<String, Object> referralForNewPatient(String family, int daysAgo) {
    Map<String, Object> body = referral(daysAgo);
    body.put("newPatient", newPatient(family));
    return body;
  }

  static Map<String, Object> newPatient(String family) {
    Map<String, Object> patient = new HashMap<>();
    patient.put("givenName", "Referred");
    patient.put("familyName", family);
    patient.put("dateOfBirth", "1957-02-03");
    patient.put("sex", "MALE");
    return patient;
  }

  static String uniqueFamily() {
    return "Ref" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static Map<String, Object> referral(int daysAgo) {
    Map<String, Object> body = new HashMap<>();
    body.put("referringProvider", primaryCarePhysician(VALID_NPI));
    body.put("receivedOn", today().minusDays(daysAgo).toString());
    body.put("reason", "Low back pain radiating to the left leg despite physical therapy");
    body.put(
        "diagnoses",
        List.of(
            Map.of("code", "M54.16", "description", "Lumbar radiculopathy", "laterality", "LEFT")));
    body.put("painOnset", today().minusMonths(5).toString());
    body.put(
        "conservativeCare",
        Map.of("physicalTherapyWeeks", 6, "medicationsTried", List.of("ibuprofen", "gabapentin")));
    body.put("urgency", "ROUTINE");
    body.put("requestedProcedureType", "ESI_TF_LUMB");
    return body;
  }
}
