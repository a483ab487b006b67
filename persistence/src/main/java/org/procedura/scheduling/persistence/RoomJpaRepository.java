package org.procedura.scheduling.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomJpaRepository extends JpaRepository<RoomJpaEntity, String> {
  List<RoomJpaEntity> findAllByOrderByNameAscIdAsc();
}
