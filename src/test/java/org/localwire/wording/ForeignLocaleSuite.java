package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every wording table again under a foreign default locale. A subclass registers a
 * {@link DefaultLocale} extension; the guard test proves the locale is really set and would
 * change a careless {@code String.format}.
 */
abstract class ForeignLocaleSuite {

  abstract Locale foreign();

  @Test
  void defaultLocaleIsForeignAndWouldChangeCarelessFormatting() {
    assertEquals(foreign(), Locale.getDefault());
    assertNotEquals("1,030", String.format("%,d", 1030));
  }

  @Nested
  class NumberWordsAbroad extends NumberWordsTest {}

  @Nested
  class OrdinalsAbroad extends OrdinalsTest {}

  @Nested
  class HedgesAbroad extends HedgesTest {}

  @Nested
  class PercentagesAbroad extends PercentagesTest {}

  @Nested
  class MultiplesAbroad extends MultiplesTest {}

  @Nested
  class RatesAbroad extends RatesTest {}

  @Nested
  class PeriodsAbroad extends PeriodsTest {}

  @Nested
  class ClaimsAbroad extends ClaimsTest {}
}
