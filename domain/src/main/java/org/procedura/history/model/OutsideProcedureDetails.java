package org.procedura.history.model;

import java.time.LocalDate;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

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
  /** No record of a procedure of this kind can be older. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  public OutsideProcedureDetails {
    Check.present(performedOn, "performedOn");
    if (performedOn.isBefore(EARLIEST)) {
      throw new InvalidInputException("performedOn", "performedOn cannot be before " + EARLIEST);
    }
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
    if (performedOn.isAfter(today)) {
      throw new InvalidInputException("performedOn", "performedOn cannot be in the future");
    }
    relief.checkAgainst(performedOn, today);
    site.requireFits(type);
  }
}
