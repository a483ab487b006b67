package org.procedura.identity.persistence;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.procedura.identity.model.UserAccount;

@Mapper
interface UserAccountPersistenceMapper {

  UserAccount toDomain(UserAccountJpaEntity entity);

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "version", ignore = true)
  UserAccountJpaEntity toEntity(UserAccount account);
}
