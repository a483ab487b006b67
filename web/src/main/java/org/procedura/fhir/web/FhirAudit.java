package org.procedura.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

/**
 * The patients whose data a FHIR request revealed or changed, kept on the request for {@link
 * FhirAuditFilter}: every patient an answer names (a Patient, or a reference to one in any resource
 * of a Bundle), and the patient a write names before it is done, so that a refused one is filed
 * under its patient too.
 */
@Interceptor
class FhirAudit {
  static final String PATIENTS = FhirAudit.class.getName() + ".patients";

  private final FhirContext fhir;

  FhirAudit(FhirContext fhir) {
    this.fhir = fhir;
  }

  /** Starts the request's record; the filter reads it when the request is done. */
  static Set<UUID> open(HttpServletRequest request) {
    Set<UUID> patients = new LinkedHashSet<>();
    request.setAttribute(PATIENTS, patients);
    return patients;
  }

  static void revealed(RequestDetails details, UUID patient) {
    if (patient != null && details instanceof ServletRequestDetails servlet) {
      revealed(servlet.getServletRequest(), patient);
    }
  }

  @SuppressWarnings("unchecked")
  static void revealed(HttpServletRequest request, UUID patient) {
    if (request.getAttribute(PATIENTS) instanceof Set<?> patients) {
      ((Set<UUID>) patients).add(patient);
    }
  }

  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public void answered(ResponseDetails response, HttpServletRequest request) {
    IBaseResource resource = response.getResponseResource();
    if (resource instanceof Bundle bundle) {
      bundle.getEntry().forEach(entry -> collect(entry.getResource(), request));
    } else {
      collect(resource, request);
    }
  }

  private void collect(IBaseResource resource, HttpServletRequest request) {
    if (resource == null) {
      return;
    }
    if (resource instanceof Patient patient) {
      uuid(patient.getIdElement().getIdPart(), request);
    }
    fhir.newTerser().getAllResourceReferences(resource).stream()
        .map(info -> info.getResourceReference().getReferenceElement())
        .filter(id -> "Patient".equals(id.getResourceType()))
        .forEach(id -> uuid(id.getIdPart(), request));
  }

  private static void uuid(String id, HttpServletRequest request) {
    try {
      revealed(request, UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException notOurs) {
      // a resource not of this clinic's (none is served) names no patient here
    }
  }
}
