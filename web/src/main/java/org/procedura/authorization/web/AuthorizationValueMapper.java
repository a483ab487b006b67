package org.procedura.authorization.web;

import org.mapstruct.Mapper;
import org.procedura.authorization.model.AuthorizationStatus;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;

/** The API's enums and the domain's for prior authorizations, matched by name by MapStruct. */
@Mapper
interface AuthorizationValueMapper {

  AuthorizationStatus toDomain(org.procedura.api.authorization.AuthorizationStatus status);

  org.procedura.api.authorization.AuthorizationStatus toApi(AuthorizationStatus status);

  SpinalRegion toDomain(org.procedura.api.scheduling.SpinalRegion region);

  org.procedura.api.scheduling.SpinalRegion toApi(SpinalRegion region);

  Laterality toDomain(org.procedura.api.scheduling.Laterality laterality);

  org.procedura.api.scheduling.Laterality toApi(Laterality laterality);
}
