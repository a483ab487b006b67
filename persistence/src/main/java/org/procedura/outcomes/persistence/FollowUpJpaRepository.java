package org.procedura.outcomes.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Each list reads one of the follow-up indexes and fetches the measures in the same query. */
interface FollowUpJpaRepository extends JpaRepository<FollowUpJpaEntity, String> {

  @Query(
      """
      select f from FollowUpJpaEntity f left join fetch f.measures
      where f.procedureId = :procedure order by f.dueOn, f.label
      """)
  List<FollowUpJpaEntity> ofProcedure(@Param("procedure") String procedure);

  @Query(
      """
      select f from FollowUpJpaEntity f left join fetch f.measures
      where f.patientId = :patient order by f.dueOn, f.label
      """)
  List<FollowUpJpaEntity> ofPatient(@Param("patient") String patient);

  @Query(
      """
      select f from FollowUpJpaEntity f left join fetch f.measures
      where f.status = 'DUE' and f.dueOn < :to
        and (:from is null or f.dueOn >= :from)
        and (:physician is null or f.physicianId = :physician)
      order by f.dueOn, f.id
      """)
  List<FollowUpJpaEntity> dueBetween(
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("physician") String physician);

  @Query(
      """
      select f from FollowUpJpaEntity f left join fetch f.measures
      where f.status = 'DUE' and f.windowClosesOn < :day order by f.windowClosesOn
      """)
  List<FollowUpJpaEntity> stillDueWithWindowClosedBefore(@Param("day") LocalDate day);

  @Query(
      """
      select f from FollowUpJpaEntity f left join fetch f.measures
      where f.status = 'MISSED' and (:physician is null or f.physicianId = :physician)
      order by f.dueOn, f.id
      """)
  List<FollowUpJpaEntity> missed(@Param("physician") String physician);
}
