package org.procedura.identity.persistence;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountJpaRepository extends JpaRepository<UserAccountJpaEntity, String> {

  Optional<UserAccountJpaEntity> findByUsername(String username);

  List<UserAccountJpaEntity> findAllByOrderByUsername();

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query(
      "select distinct u from UserAccountJpaEntity u join u.roles r"
          + " where u.enabled = true and r = 'ADMIN'")
  List<UserAccountJpaEntity> lockActiveAdministrators();
}
