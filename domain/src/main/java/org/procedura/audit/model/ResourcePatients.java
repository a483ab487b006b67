package org.procedura.audit.model;

import java.util.Optional;
import java.util.UUID;

/**
 * The patient a resource named only by its own id belongs to (an appointment, with its checklist
 * and rule check; a procedure, named by its appointment's id; a follow-up; a referral), so that the
 * audit trail files a request for it under its patient even when the request was refused and its
 * answer names nobody.
 */
public interface ResourcePatients {

  /**
   * One lookup by the resource's key. Empty for a type that belongs to no single patient, an id of
   * the wrong shape, or none on record.
   */
  Optional<UUID> patientOf(ResourceType type, String resourceId);
}
