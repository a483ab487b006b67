package org.procedura.history.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Both queries read the index on (patient_id, performed_on). */
interface OutsideProcedureJpaRepository extends JpaRepository<OutsideProcedureJpaEntity, String> {

  @Query(
      """
      select p from OutsideProcedureJpaEntity p
      where p.patientId = :patientId
      order by p.performedOn, p.recordedAt, p.id
      """)
  List<OutsideProcedureJpaEntity> allOf(@Param("patientId") String patientId);

  @Query(
      """
      select p from OutsideProcedureJpaEntity p
      where p.patientId = :patientId and p.enteredInErrorAt is null
      order by p.performedOn, p.recordedAt, p.id
      """)
  List<OutsideProcedureJpaEntity> currentOf(@Param("patientId") String patientId);
}
