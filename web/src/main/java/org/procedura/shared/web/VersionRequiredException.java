package org.procedura.shared.web;

/** An update came without the {@code If-Match} version it must be made on. */
public class VersionRequiredException extends RuntimeException {
  public VersionRequiredException() {
    super(
        "send the ETag you read in an If-Match header, so that your change cannot overwrite"
            + " someone else's");
  }
}
