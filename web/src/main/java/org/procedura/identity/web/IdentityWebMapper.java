package org.procedura.identity.web;

import org.mapstruct.Mapper;
import org.procedura.api.identity.StaffRole;
import org.procedura.identity.model.Role;

/** Staff roles between the API and the domain, matched by name by MapStruct. */
@Mapper
interface IdentityWebMapper {

  Role toDomain(StaffRole role);

  StaffRole toApi(Role role);
}
