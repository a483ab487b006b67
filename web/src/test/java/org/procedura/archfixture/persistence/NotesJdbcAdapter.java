package org.procedura.archfixture.persistence;

/** Breaks the JDBC rule on purpose: an adapter of a kind the conventions do not name. */
public class NotesJdbcAdapter {}
