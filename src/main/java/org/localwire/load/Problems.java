package org.localwire.load;

import java.util.ArrayList;
import java.util.List;
import org.localwire.model.InputException;

/**
 * Collects the problems found in one file so that a reporter sees up to {@link
 * InputException#MAX_REPORTED} of them at once rather than one per run. A header problem stops
 * the read at once (the rows cannot be understood without it); row and cell problems go here.
 */
final class Problems {
  private final String file;
  private final List<InputException> found = new ArrayList<>();
  private int notShown;

  Problems(String file) {
    this.file = file;
  }

  void add(InputException problem) {
    if (found.size() < InputException.MAX_REPORTED) {
      found.add(problem);
    } else {
      notShown++;
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws every problem found so far as one exception, if there is any. */
  void throwIfAny() throws InputException {
    if (!found.isEmpty()) {
      throw InputException.all(file, found, notShown);
    }
  }
}
