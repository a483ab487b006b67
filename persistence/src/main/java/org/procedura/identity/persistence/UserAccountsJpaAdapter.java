package org.procedura.identity.persistence;

import java.util.List;
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

  @Override
  public void update(UserAccount account) {
    UserAccountJpaEntity entity =
        repository
            .findByUsername(account.username())
            .orElseThrow(() -> new IllegalStateException("no account to update"));
    entity.setPasswordHash(account.passwordHash());
    entity.setDisplayName(account.displayName());
    entity.setEnabled(account.enabled());
    entity.getRoles().clear();
    account.roles().forEach(role -> entity.getRoles().add(role.name()));
    repository.saveAndFlush(entity);
  }

  @Override
  public List<UserAccount> all() {
    return repository.findAllByOrderByUsername().stream().map(mapper::toDomain).toList();
  }

  @Override
  public List<UserAccount> lockActiveAdministrators() {
    return repository.lockActiveAdministrators().stream().map(mapper::toDomain).toList();
  }
}
