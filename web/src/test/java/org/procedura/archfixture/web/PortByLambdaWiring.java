package org.procedura.archfixture.web;

import org.procedura.archfixture.application.PortInApplication;

/** Breaks the wiring rule on purpose: implements a port with a lambda. */
public class PortByLambdaWiring {
  public Runnable port(PortInApplication port) {
    return () -> port.hashCode();
  }
}
