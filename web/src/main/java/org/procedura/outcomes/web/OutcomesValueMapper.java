package org.procedura.outcomes.web;

import org.mapstruct.Mapper;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.Sedation;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.ClosureReason;
import org.procedura.outcomes.model.ComplicationCode;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.Scale;
import org.procedura.scheduling.model.Laterality;

/**
 * The API's enums and the domain's for outcomes, matched by name by MapStruct: a constant added on
 * one side only fails the build rather than a request.
 */
@Mapper
interface OutcomesValueMapper {

  Scale toDomain(org.procedura.api.outcomes.Scale scale);

  org.procedura.api.outcomes.Scale toApi(Scale scale);

  Contact toDomain(org.procedura.api.outcomes.Contact contact);

  org.procedura.api.outcomes.Contact toApi(Contact contact);

  ClosureReason toDomain(org.procedura.api.outcomes.ClosureReason reason);

  org.procedura.api.outcomes.ClosureReason toApi(ClosureReason reason);

  org.procedura.api.outcomes.FollowUpStatus toApi(FollowUpStatus status);

  ComplicationCode toDomain(org.procedura.api.outcomes.ComplicationCode code);

  org.procedura.api.outcomes.ComplicationCode toApi(ComplicationCode code);

  SpinalRegion toDomain(org.procedura.api.scheduling.SpinalRegion region);

  org.procedura.api.scheduling.SpinalRegion toApi(SpinalRegion region);

  Laterality toDomain(org.procedura.api.scheduling.Laterality laterality);

  org.procedura.api.scheduling.Laterality toApi(Laterality laterality);

  ImagingModality toDomain(org.procedura.api.catalog.ImagingModality imaging);

  org.procedura.api.catalog.ImagingModality toApi(ImagingModality imaging);

  Sedation toDomain(org.procedura.api.catalog.Sedation sedation);

  org.procedura.api.catalog.Sedation toApi(Sedation sedation);
}
