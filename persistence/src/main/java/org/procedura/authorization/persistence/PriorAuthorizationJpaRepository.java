package org.procedura.authorization.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reads the index on (patient_id, valid_to). */
interface PriorAuthorizationJpaRepository
    extends JpaRepository<PriorAuthorizationJpaEntity, String> {

  @Query(
      """
      select a from PriorAuthorizationJpaEntity a
      where a.patientId = :patientId
      order by a.validTo desc, a.recordedAt desc, a.id
      """)
  List<PriorAuthorizationJpaEntity> allOf(@Param("patientId") String patientId);
}
