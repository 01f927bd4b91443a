package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localwire.model.Period;

/** The ninjs item's HTML body escapes markup as the HTML story page does. */
class NinjsHtmlTest {
  @Test
  void escapesMarkupAndApostrophesAsTheStoryPageDoes() {
    Draft draft = new Draft("newport", "Headline", List.of("Newport's <b>total</b> & \"more\"", "Ynys Môn – 5"),
        false, "Newport", "W15000001", "Gwent", "Stalking and harassment", Period.calendarYear(2025), "table.csv",
        List.of(), List.of(), List.of(), List.of(), List.of());
    assertEquals("<p>Newport&#39;s &lt;b&gt;total&lt;/b&gt; &amp; &quot;more&quot;</p>\n<p>Ynys Môn – 5</p>",
        Ninjs.html(draft));
  }
}
