package org.procedura.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageResultTest {

  private static PageResult<String> rows(long totalElements, int size) {
    return new PageResult<>(List.of(), 0, size, totalElements);
  }

  @Test
  void hasNoPagesWhenThereAreNoRows() {
    assertThat(rows(0, 20).totalPages()).isZero();
  }

  @Test
  void hasOnePageForASingleRow() {
    assertThat(rows(1, 20).totalPages()).isEqualTo(1);
  }

  @Test
  void hasOnePageWhenTheRowsFillItExactly() {
    assertThat(rows(20, 20).totalPages()).isEqualTo(1);
  }

  @Test
  void countsFullPagesForAnExactMultipleOfThePageSize() {
    assertThat(rows(60, 20).totalPages()).isEqualTo(3);
  }

  @Test
  void countsAPartialLastPageForARemainder() {
    assertThat(rows(61, 20).totalPages()).isEqualTo(4);
  }

  @Test
  void hasNoPagesForAPageSizeOfZero() {
    assertThat(rows(5, 0).totalPages()).isZero();
  }

  @Test
  void mapsTheContentAndKeepsThePosition() {
    PageResult<String> page = new PageResult<>(List.of("a", "bb", "ccc"), 2, 3, 11);

    PageResult<Integer> lengths = page.map(String::length);

    assertThat(lengths.content()).containsExactly(1, 2, 3);
    assertThat(lengths.page()).isEqualTo(2);
    assertThat(lengths.size()).isEqualTo(3);
    assertThat(lengths.totalElements()).isEqualTo(11);
    assertThat(lengths.totalPages()).isEqualTo(4);
  }

  @Test
  void keepsItsOwnCopyOfTheContent() {
    List<String> content = new ArrayList<>(List.of("a"));
    PageResult<String> page = new PageResult<>(content, 0, 20, 1);

    content.add("b");

    assertThat(page.content()).containsExactly("a");
    assertThatThrownBy(() -> page.content().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
