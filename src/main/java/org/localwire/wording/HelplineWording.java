package org.localwire.wording;

import java.util.ArrayList;
import java.util.List;
import org.localwire.model.Helpline;

/**
 * The helpline paragraph of a story, word for word the same in every story of an offence:
 * the support services ("Anyone affected can call the National Stalking Helpline on 0808 802 0300
 * or Victim Support on 0808 16 89 111."), then a line for passing on information (Crimestoppers),
 * then the police numbers. Numbers are printed as the data file gives them, never computed.
 */
public final class HelplineWording {
  static final String POLICE = "To report a crime call police on 101, or 999 in an emergency.";

  private HelplineWording() {}

  public static String sentence(List<Helpline> helplines) {
    List<Helpline> support = new ArrayList<>();
    List<Helpline> information = new ArrayList<>();
    for (Helpline h : helplines) {
      (h.information() ? information : support).add(h);
    }
    StringBuilder sb = new StringBuilder();
    if (!support.isEmpty()) {
      boolean allCall = support.stream().allMatch(h -> h.how().equals("call"));
      List<String> parts = new ArrayList<>();
      for (Helpline h : support) {
        String where = h.how().equals("call") ? h.service() + " on " + h.contact() : h.service() + " at " + h.contact();
        parts.add(allCall ? where : (h.how().equals("call") ? "call " : "visit ") + where);
      }
      sb.append("Anyone affected").append(support.size() == 1 ? " by crime" : "").append(" can ")
          .append(allCall ? "call " : "").append(String.join(" or ", parts)).append(". ");
    }
    for (Helpline h : information) {
      sb.append("Information about a crime can be passed on anonymously to ").append(h.service())
          .append(h.how().equals("call") ? " on " : " at ").append(h.contact()).append(". ");
    }
    return sb.append(POLICE).toString();
  }
}
