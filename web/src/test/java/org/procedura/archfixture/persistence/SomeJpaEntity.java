package org.procedura.archfixture.persistence;

/** Stands for a JPA entity in the negative architecture checks. */
public class SomeJpaEntity {}
