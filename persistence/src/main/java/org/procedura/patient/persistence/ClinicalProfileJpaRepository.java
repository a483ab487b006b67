package org.procedura.patient.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicalProfileJpaRepository extends JpaRepository<ClinicalProfileJpaEntity, String> {}
