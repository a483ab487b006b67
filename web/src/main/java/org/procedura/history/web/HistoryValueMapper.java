package org.procedura.history.web;

import org.mapstruct.Mapper;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;

/**
 * The API's enums and the domain's for outside procedures, matched by name by MapStruct: a constant
 * added on one side only fails the build rather than a request.
 */
@Mapper
interface HistoryValueMapper {

  SpinalRegion toDomain(org.procedura.api.scheduling.SpinalRegion region);

  org.procedura.api.scheduling.SpinalRegion toApi(SpinalRegion region);

  Laterality toDomain(org.procedura.api.scheduling.Laterality laterality);

  org.procedura.api.scheduling.Laterality toApi(Laterality laterality);
}
