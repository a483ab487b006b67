package org.procedura.scheduling.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentJpaRepository extends JpaRepository<AppointmentJpaEntity, String> {}
