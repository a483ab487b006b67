package org.procedura.rules.model;

import java.util.List;

/**
 * One rule of a payer's rule set, with its parameters as data. A rule looks only at the planned
 * procedure its scope covers, and answers with what it found: nothing when the booking passes.
 */
public sealed interface PayerRule
    permits MinimumDuration,
        AllowedImaging,
        LevelsPerSession,
        FrequencyInWindow,
        MinimumInterval,
        QualifyingBlocks,
        DocumentOnFile,
        DurableReliefForRepeat,
        SecondBlockAfterRelief,
        RepeatBlocksAfterLapse,
        RecentDiagnosis,
        LevelsWithin,
        MinimumPainScore,
        NotInPregnancy,
        AuthorizationCovers {

  RuleHeader header();

  List<Finding> check(RuleContext context);

  default boolean appliesTo(ProcedureFacts planned) {
    return header().scope().covers(planned);
  }
}
