package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.localwire.model.InputException;
import org.localwire.render.Chart;
import org.localwire.render.Pages;
import org.localwire.render.Renderer;

/**
 * One run's issue of a release: writes each story's files with the stamp it gets in this run.
 * Safe for the batch's worker threads.
 */
public final class Edition {
  private final Release release;
  private final Renderer renderer;
  private final Set<Format> wanted;

  private Edition(Release release, Renderer renderer, Set<Format> wanted) {
    this.release = requireNonNull(release, "release");
    this.renderer = requireNonNull(renderer, "renderer");
    this.wanted = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(wanted));
  }

  /** An edition in which every story is issued for the first time. */
  public static Edition first(Release release, Renderer renderer, Set<Format> wanted) {
    return new Edition(release, renderer, wanted);
  }

  public Release release() {
    return release;
  }

  /** Writes {@code draft}'s files under {@code base} ({@code gwent/newport}); the links to them from its folder. */
  public List<Pages.Link> write(ReleaseFolder folder, Draft draft, Chart chart, String base) throws InputException {
    StoryFiles files = StoryFiles.render(renderer, draft, chart, base, wanted, release, Stamp.first(release));
    files.writeTo(folder, "");
    return files.links();
  }
}
