package org.localwire.wording;

import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wording tables under tr-TR as the JVM default locale. */
class UnderTurkishLocaleTest extends ForeignLocaleSuite {
  @RegisterExtension static final DefaultLocale LOCALE = new DefaultLocale(Locale.forLanguageTag("tr-TR"));

  @Override
  Locale foreign() {
    return LOCALE.locale();
  }
}
