package org.procedura.catalog.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcedureTypeJpaRepository extends JpaRepository<ProcedureTypeJpaEntity, String> {}
