package org.procedura.referral.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferralJpaRepository extends JpaRepository<ReferralJpaEntity, String> {

  /** Referrals in the status, oldest first, along ix_referral_status_received. */
  @Query(
      value =
          """
          select new org.procedura.referral.persistence.WorklistRow(
            r.id, r.patientId, p.mrn, p.givenName, p.familyName, r.status, r.urgency,
            r.receivedOn, r.providerName, r.requestedProcedureType)
          from ReferralJpaEntity r join PatientJpaEntity p on p.id = r.patientId
          where r.status = :status
          order by r.receivedOn, r.recordedAt, r.id
          """,
      countQuery = "select count(r) from ReferralJpaEntity r where r.status = :status")
  Page<WorklistRow> worklist(@Param("status") String status, Pageable pageable);
}
