package org.procedura.fhir.web;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Reference;
import org.procedura.catalog.model.ProcedureTypeCode;

/**
 * Ids and references between FHIR and the model: resources keep the model's UUIDs as their ids; a
 * procedure type's code becomes a FHIR id with hyphens for its underscores (a FHIR id has no
 * underscore), which is reversible since a code has no hyphen.
 */
final class FhirIds {
  private FhirIds() {}

  /** The UUID a read names; any other id names nothing here, so it is a 404, not a 400. */
  static UUID uuid(IIdType id) {
    try {
      return UUID.fromString(id.getIdPart());
    } catch (IllegalArgumentException | NullPointerException notOurs) {
      throw new ResourceNotFoundException(id);
    }
  }

  /** The UUID a reference of that type names ({@code Patient/…} or the bare id), or a 400. */
  static UUID referenced(String reference, String type, String parameter) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    String id =
        reference.startsWith(type + "/") ? reference.substring(type.length() + 1) : reference;
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidRequestException(
          parameter + " must reference a " + type + " by its id (" + type + "/<id>)");
    }
  }

  static UUID referenced(Reference reference, String type, String parameter) {
    return reference == null ? null : referenced(reference.getReference(), type, parameter);
  }

  static Reference reference(String type, Object id) {
    return new Reference(type + "/" + id);
  }

  static String serviceId(ProcedureTypeCode code) {
    return code.value().replace('_', '-');
  }

  static ProcedureTypeCode serviceCode(String id) {
    try {
      return new ProcedureTypeCode(id.replace('-', '_'));
    } catch (RuntimeException notACode) {
      throw new InvalidRequestException(id + " is not a procedure type's code");
    }
  }
}
