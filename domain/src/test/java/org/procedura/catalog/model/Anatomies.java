package org.procedura.catalog.model;

import static org.procedura.catalog.model.SpinalRegion.CERVICAL;
import static org.procedura.catalog.model.SpinalRegion.LUMBAR;
import static org.procedura.catalog.model.SpinalRegion.SACRAL;
import static org.procedura.catalog.model.SpinalRegion.THORACIC;

import java.util.Set;

/** Where the seeded procedure types may be done, as the catalog's seed states it. */
public final class Anatomies {
  /** ESI_TF_LUMB. */
  public static final AnatomyDetails TRANSFORAMINAL_LUMBAR =
      new AnatomyDetails(Set.of(LUMBAR, SACRAL), LevelForm.SEGMENT, 1, 4, true, true);

  /** ESI_TF_CERV. */
  public static final AnatomyDetails TRANSFORAMINAL_CERVICAL =
      new AnatomyDetails(Set.of(CERVICAL, THORACIC), LevelForm.SEGMENT, 1, 4, true, true);

  /** ESI_IL_LUMB. */
  public static final AnatomyDetails INTERLAMINAR_LUMBAR =
      new AnatomyDetails(Set.of(LUMBAR, SACRAL), LevelForm.SEGMENT, 1, 2, false, false);

  /** ESI_IL_CERV. */
  public static final AnatomyDetails INTERLAMINAR_CERVICAL =
      new AnatomyDetails(Set.of(CERVICAL, THORACIC), LevelForm.SEGMENT, 1, 2, false, false);

  /** MBB_LUMB, RFA_LUMB. */
  public static final AnatomyDetails FACET_LUMBAR =
      new AnatomyDetails(Set.of(LUMBAR), LevelForm.SEGMENT, 1, 4, true, true);

  /** VERTEBROPLASTY, KYPHOPLASTY. */
  public static final AnatomyDetails VERTEBRAL_AUGMENTATION =
      new AnatomyDetails(Set.of(THORACIC, LUMBAR), LevelForm.VERTEBRA, 1, 5, false, false);

  /** SCS_TRIAL, SCS_IMPLANT. */
  public static final AnatomyDetails SPINAL_CORD_STIMULATOR =
      new AnatomyDetails(Set.of(CERVICAL, THORACIC), null, 0, 0, false, false);

  /** SGB, LSB, SI_JOINT. */
  public static final AnatomyDetails ONE_SIDE =
      new AnatomyDetails(Set.of(), null, 0, 0, true, true);

  /** TPI. */
  public static final AnatomyDetails SIDE_IF_NAMED =
      new AnatomyDetails(Set.of(), null, 0, 0, false, true);

  /** IT_PUMP. */
  public static final AnatomyDetails NO_SITE =
      new AnatomyDetails(Set.of(), null, 0, 0, false, false);

  private Anatomies() {}
}
