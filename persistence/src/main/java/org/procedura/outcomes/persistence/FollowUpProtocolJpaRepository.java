package org.procedura.outcomes.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpProtocolJpaRepository extends JpaRepository<FollowUpProtocolJpaEntity, String> {

  @Query("select p from FollowUpProtocolJpaEntity p order by p.procedureTypeCode")
  List<FollowUpProtocolJpaEntity> allInCodeOrder();
}
