package org.procedura.identity.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountJpaRepository extends JpaRepository<UserAccountJpaEntity, String> {

  Optional<UserAccountJpaEntity> findByUsername(String username);
}
