package org.procedura.scheduling.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicianJpaRepository extends JpaRepository<ClinicianJpaEntity, String> {
  List<ClinicianJpaEntity> findAllByOrderByDisplayNameAscIdAsc();
}
