package org.procedura.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;

/**
 * HAPI FHIR's plain server under {@code /fhir}: the resource providers, JSON by default and XML on
 * request ({@code Accept} or {@code _format}), no stored searches (pages are offsets), refusals as
 * OperationOutcome ({@link FhirErrors}), and every patient a request reveals noted for the audit
 * trail ({@link FhirAudit}). The CapabilityStatement at {@code /fhir/metadata} is HAPI's, built
 * from exactly these providers, so it lists what is served and nothing else.
 */
class FhirServer extends RestfulServer {
  private static final long serialVersionUID = 1L;

  FhirServer(
      FhirContext fhir, List<IResourceProvider> providers, FhirErrors errors, FhirAudit audit) {
    super(fhir);
    setServerName("Procedura FHIR R4");
    setImplementationDescription(
        "Procedura, the scheduling and outcomes backend of an interventional pain clinic");
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setDefaultPrettyPrint(false);
    setDefaultPageSize(Paging.DEFAULT_COUNT);
    setResourceProviders(List.copyOf(providers));
    registerInterceptor(errors);
    registerInterceptor(audit);
  }
}
