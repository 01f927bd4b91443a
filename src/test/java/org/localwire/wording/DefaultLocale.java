package org.localwire.wording;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class (and its nested classes) under a given JVM default locale and restores the
 * old one afterwards, so the wording tables prove they never read the default (jsoup's
 * MultiLocaleExtension does the same for its parser tests).
 */
final class DefaultLocale implements BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DefaultLocale.class);

  private final Locale locale;

  DefaultLocale(Locale locale) {
    this.locale = requireNonNull(locale, "locale");
  }

  Locale locale() {
    return locale;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // each class level keeps its own saved locale, so nested classes restore what they found
    context.getStore(NAMESPACE).put(context.getUniqueId(), Locale.getDefault());
    Locale.setDefault(locale);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Locale.setDefault(context.getStore(NAMESPACE).remove(context.getUniqueId(), Locale.class));
  }
}
