package org.procedura.outcomes.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcedureRecordJpaRepository extends JpaRepository<ProcedureRecordJpaEntity, String> {

  @Query(
      """
      select r from ProcedureRecordJpaEntity r
      where r.patientId = :patient order by r.completedAt
      """)
  List<ProcedureRecordJpaEntity> ofPatient(@Param("patient") String patient);
}
