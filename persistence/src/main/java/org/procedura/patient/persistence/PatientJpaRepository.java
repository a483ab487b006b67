package org.procedura.patient.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatientJpaRepository extends JpaRepository<PatientJpaEntity, String> {

  boolean existsByMrn(String mrn);

  @Query(
      """
      select p from PatientJpaEntity p
      where p.dateOfBirth = :dateOfBirth
        and lower(p.familyName) = lower(:familyName)
        and lower(p.givenName) = lower(:givenName)
      """)
  List<PatientJpaEntity> findNamesakes(
      @Param("dateOfBirth") LocalDate dateOfBirth,
      @Param("givenName") String givenName,
      @Param("familyName") String familyName);

  /** Null criteria are left out; {@code namePattern} is a lower-case LIKE pattern. */
  @Query(
      value =
          """
          select p from PatientJpaEntity p
          where (:dateOfBirth is null or p.dateOfBirth = :dateOfBirth)
            and (:mrn is null or p.mrn = :mrn)
            and (:namePattern is null
                 or lower(p.familyName) like :namePattern
                 or lower(p.givenName) like :namePattern)
          order by p.familyName, p.givenName, p.dateOfBirth, p.id
          """)
  Page<PatientJpaEntity> search(
      @Param("namePattern") String namePattern,
      @Param("dateOfBirth") LocalDate dateOfBirth,
      @Param("mrn") String mrn,
      Pageable pageable);
}
