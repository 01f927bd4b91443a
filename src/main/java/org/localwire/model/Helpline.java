package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * A support service the copy names, from {@code data/helplines.csv}: {@code how} is "call"
 * (contact is a phone number, written as the service publishes it, never grouped or computed) or
 * "visit" (contact is a web address); {@code information} marks a line for passing on information
 * (Crimestoppers) rather than support for people affected; {@code source} is the page the number
 * was checked against.
 */
public record Helpline(String id, String service, String how, boolean information, String contact, String audience,
    String source) {
  public Helpline {
    requireNonNull(id, "id");
    requireNonNull(service, "service");
    requireNonNull(contact, "contact");
    requireNonNull(audience, "audience");
    requireNonNull(source, "source");
    Checks.checkArgument(how.equals("call") || how.equals("visit"), "how is %s, not call or visit", how);
  }
}
