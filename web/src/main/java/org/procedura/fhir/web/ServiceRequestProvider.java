package org.procedura.fhir.web;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.procedura.referral.application.ReferralIntake;
import org.procedura.referral.model.ReferralId;
import org.procedura.shared.web.CurrentActor;

/**
 * Referrals: one sent by an EHR as a ServiceRequest lands on the triage worklist as any referral
 * the front desk records ({@link ReferralIntake}); read back with where it stands.
 */
class ServiceRequestProvider implements IResourceProvider {
  private final ReferralIntake intake;
  private final ReferralsFromFhir referrals;
  private final CurrentActor actor;

  ServiceRequestProvider(ReferralIntake intake, ReferralsFromFhir referrals, CurrentActor actor) {
    this.intake = intake;
    this.referrals = referrals;
    this.actor = actor;
  }

  @Override
  public Class<ServiceRequest> getResourceType() {
    return ServiceRequest.class;
  }

  @Read
  public ServiceRequest read(@IdParam IdType id) {
    return ServiceRequestResources.of(intake.get(new ReferralId(FhirIds.uuid(id))).referral());
  }

  @Create
  public MethodOutcome create(@ResourceParam ServiceRequest request, RequestDetails details) {
    var command = referrals.command(request, details);
    var referral = intake.receive(command, actor.get()).referral();
    FhirAudit.revealed(details, referral.getPatientId().value());
    var created = ServiceRequestResources.of(referral);
    return new MethodOutcome(created.getIdElement().withResourceType("ServiceRequest"), true)
        .setResource(created);
  }
}
