package org.procedura.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Pages are a count from an offset that is a whole number of pages. */
class PagingTest {

  @Test
  void aPageIsTheOffsetInWholePagesOfTheCount() {
    assertThat(Paging.page(null, null).size()).isEqualTo(Paging.DEFAULT_COUNT);
    assertThat(Paging.page(null, null).page()).isZero();
    assertThat(Paging.page(40, 20).page()).isEqualTo(2);
    assertThat(Paging.page(0, 1).size()).isEqualTo(1);
    assertThat(Paging.page(0, 100).size()).isEqualTo(100);
  }

  @Test
  void refusesACountOutsideOneToAHundredAndAnOffsetBetweenPages() {
    assertThatThrownBy(() -> Paging.page(0, 0)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Paging.page(0, 101)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Paging.page(-20, 20)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Paging.page(21, 20)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aWholeListIsPagedHereWithItsTotal() {
    var page =
        Paging.bundle(List.of("a", "b", "c"), Paging.page(2, 2), id -> new Patient().setId(id));

    assertThat(page.size()).isEqualTo(3);
    assertThat(page.getResources(0, 10))
        .extracting(r -> r.getIdElement().getIdPart())
        .containsExactly("c");
  }
}
