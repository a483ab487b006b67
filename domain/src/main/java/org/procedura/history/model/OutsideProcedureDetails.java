package org.procedura.history.model;

import java.time.LocalDate;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.PlausibleDates;

/**
 * What the source document says of a procedure done elsewhere: the day, the procedure as the
 * clinic's catalog names it, where on the spine, what relief it gave, who did it, and the document
 * itself (required: an outside procedure is recorded only from a document, e.g. "letter from Dr X,
 * 2026-03-02").
 */
public record OutsideProcedureDetails(
    LocalDate performedOn,
    ProcedureTypeCode procedureType,
    ProcedureSite site,
    OutsideRelief relief,
    String performedBy,
    String sourceDocument) {
  public OutsideProcedureDetails {
    Check.present(performedOn, "performedOn");
    Check.present(procedureType, "procedureType");
    site = site == null ? ProcedureSite.NONE : site;
    relief = relief == null ? OutsideRelief.UNKNOWN : relief;
    performedBy = Check.optionalText(performedBy, "performedBy", 200);
    sourceDocument = Check.text(sourceDocument, "sourceDocument", 200);
  }

  /**
   * Refuses details that cannot be true on {@code today} or that do not fit the catalog's {@code
   * type}: a procedure in the future, relief lasting past today, a site the type cannot have.
   */
  void check(ProcedureType type, LocalDate today) {
    if (!type.getCode().equals(procedureType)) {
      throw new IllegalArgumentException(type.getCode() + " is not " + procedureType);
    }
    PlausibleDates.inHistory(performedOn, today, "performedOn");
    relief.checkAgainst(performedOn, today);
    site.requireFits(type);
  }
}
