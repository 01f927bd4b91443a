package org.localwire.publish;

import java.util.List;
import java.util.Set;
import org.localwire.facts.AreaFacts;
import org.localwire.render.AreaLeads;
import org.localwire.render.Pages;

/**
 * What a run over several offences gathers for its review page: every story's row, links
 * relative to {@code --out}, and each area story's change for the summary by area.
 */
record Collected(List<Pages.Entry> entries, List<AreaLeads.Candidate> candidates, Set<String> types) {
  void add(Pages.Entry entry, AreaFacts facts) {
    entries.add(entry);
    candidates.add(AreaLeads.Candidate.of(entry, facts, types.contains(facts.offence().name())));
  }
}
