package org.localwire.wording;

import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wording tables under de-DE as the JVM default locale. */
class UnderGermanLocaleTest extends ForeignLocaleSuite {
  @RegisterExtension static final DefaultLocale LOCALE = new DefaultLocale(Locale.GERMANY);

  @Override
  Locale foreign() {
    return LOCALE.locale();
  }
}
