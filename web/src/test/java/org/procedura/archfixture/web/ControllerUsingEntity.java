package org.procedura.archfixture.web;

import org.procedura.archfixture.persistence.SomeJpaEntity;

/** Breaks the web rule on purpose: a controller that reaches into persistence. */
public class ControllerUsingEntity {
  public SomeJpaEntity load() {
    return new SomeJpaEntity();
  }
}
