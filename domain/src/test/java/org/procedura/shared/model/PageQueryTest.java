package org.procedura.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;

class PageQueryTest {

  @Test
  void acceptsTheFirstPage() {
    assertThat(new PageQuery(0, 20).page()).isZero();
  }

  @Test
  void refusesANegativePage() {
    assertInvalid("page", () -> new PageQuery(-1, 20));
  }

  @Test
  void acceptsOneRowPerPage() {
    assertThat(new PageQuery(0, 1).size()).isEqualTo(1);
  }

  @Test
  void refusesZeroRowsPerPage() {
    assertInvalid("size", () -> new PageQuery(0, 0));
  }

  @Test
  void acceptsExactlyOneHundredRowsPerPage() {
    assertThat(new PageQuery(0, 100).size()).isEqualTo(PageQuery.MAX_SIZE).isEqualTo(100);
  }

  @Test
  void refusesOneHundredAndOneRowsPerPage() {
    assertInvalid("size", () -> new PageQuery(0, 101));
  }

  @Test
  void startsTheFirstPageAtRowZero() {
    assertThat(new PageQuery(0, 25).offset()).isZero();
  }

  @Test
  void skipsTheRowsOfTheEarlierPages() {
    assertThat(new PageQuery(3, 25).offset()).isEqualTo(75);
  }

  @Test
  void computesTheOffsetOfAFarPageWithoutOverflow() {
    assertThat(new PageQuery(Integer.MAX_VALUE, 100).offset()).isEqualTo(214_748_364_700L);
  }
}
