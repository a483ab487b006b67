package org.procedura.archfixture.model;

import org.springframework.stereotype.Component;

/** Breaks the domain rule on purpose: proves the architecture rules can fail. */
@Component
public class ModelUsingSpring {}
