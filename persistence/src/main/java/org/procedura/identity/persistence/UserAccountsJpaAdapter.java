package org.procedura.identity.persistence;

import java.util.Optional;
import java.util.UUID;
import org.procedura.identity.model.UserAccount;
import org.procedura.identity.model.UserAccounts;
import org.springframework.stereotype.Component;

@Component
class UserAccountsJpaAdapter implements UserAccounts {
  private final UserAccountJpaRepository repository;
  private final UserAccountPersistenceMapper mapper;

  UserAccountsJpaAdapter(UserAccountJpaRepository repository, UserAccountPersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return repository.findByUsername(username).map(mapper::toDomain);
  }

  @Override
  public boolean any() {
    return repository.count() > 0;
  }

  @Override
  public void add(UserAccount account) {
    UserAccountJpaEntity entity = mapper.toEntity(account);
    entity.setId(UUID.randomUUID().toString());
    repository.saveAndFlush(entity);
  }
}
