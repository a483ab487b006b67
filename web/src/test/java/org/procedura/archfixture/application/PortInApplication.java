package org.procedura.archfixture.application;

/** Breaks the ports rule on purpose: a port outside its feature's model package. */
public interface PortInApplication {}
