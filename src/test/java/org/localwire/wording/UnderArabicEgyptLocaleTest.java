package org.localwire.wording;

import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wording tables under ar-EG as the JVM default locale. */
class UnderArabicEgyptLocaleTest extends ForeignLocaleSuite {
  @RegisterExtension static final DefaultLocale LOCALE = new DefaultLocale(Locale.forLanguageTag("ar-EG"));

  @Override
  Locale foreign() {
    return LOCALE.locale();
  }
}
