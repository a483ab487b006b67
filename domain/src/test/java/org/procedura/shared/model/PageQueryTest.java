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
  void endsByTheLastRowADatabaseCanCount() {
    // 21474835 pages of 100 end at row 2147483600; the next would end past Integer.MAX_VALUE
    assertThat(new PageQuery(21_474_835, 100).offset()).isEqualTo(2_147_483_500L);
    assertInvalid("page", () -> new PageQuery(21_474_836, 100));
    assertInvalid("page", () -> new PageQuery(Integer.MAX_VALUE, 100));
    assertInvalid("page", () -> new PageQuery(Integer.MAX_VALUE, 1));
    assertThat(new PageQuery(Integer.MAX_VALUE - 1, 1).offset()).isEqualTo(Integer.MAX_VALUE - 1L);
  }
}
