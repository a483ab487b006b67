package org.procedura;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots just the persistence module: JPA, Liquibase and the port adapters. */
@SpringBootApplication
public class PersistenceTestApplication {}
