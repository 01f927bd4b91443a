package org.localwire.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localwire.model.InputException;
import org.localwire.render.Chart;
import org.localwire.render.Pages;
import org.localwire.render.Phrase;
import org.localwire.render.Renderer;
import org.localwire.wording.Periods;

/**
 * Every file of one story in the wanted formats, as UTF-8 bytes by relative path ({@code
 * gwent/newport.txt}), as issued with {@code stamp}: the same draft and stamp give the same bytes.
 * {@link #wireHash} is the content fingerprint the manifest keeps: the files a wire desk receives
 * (text, Markdown, HTML and the ninjs item), not the {@code .facts.json} sidecar, which is
 * localwire's own record and always written afresh. {@code inCopy} is the draft's phrases as
 * the copy prints them ({@link FactsJson#inCopy}), found once for the sidecar and the manifest.
 */
record StoryFiles(String base, Map<String, byte[]> files, List<Pages.Link> links, Stamp stamp, List<Phrase> inCopy) {
  StoryFiles {
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    links = List.copyOf(links);
    inCopy = List.copyOf(inCopy);
  }

  /** The links to a story's files from its own folder, one per wanted format (and the sidecar with json). */
  static List<Pages.Link> links(String name, Set<Format> wanted) {
    List<Pages.Link> links = new ArrayList<>();
    for (Format f : wanted) {
      links.add(new Pages.Link(f.extension(), name + "." + f.extension()));
    }
    if (wanted.contains(Format.JSON)) {
      links.add(new Pages.Link("facts", name + ".facts.json"));
    }
    return links;
  }

  static StoryFiles render(Renderer renderer, Draft draft, Chart chart, String base, Set<Format> wanted,
      Release release, Stamp stamp) throws InputException {
    List<Pages.Link> links = links(base.substring(base.indexOf('/') + 1), wanted);
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Phrase> inCopy = FactsJson.inCopy(draft);
    for (Format f : wanted) {
      switch (f) {
        case TXT -> files.put(base + ".txt", utf8(Header.text(draft, stamp)));
        case MD -> files.put(base + ".md", utf8(Markdown.of(draft, stamp)));
        case HTML -> files.put(base + ".html", utf8(renderer.page(new Pages.StoryPage(draft.headline(),
            draft.paragraphs(), draft.sampleQuote(), draft.place(), draft.force(), Periods.name(draft.period()), chart,
            links, "../index.html"))));
        case JSON -> {
          files.put(base + ".json", Json.bytes(Ninjs.item(draft, release, stamp)));
          files.put(base + ".facts.json", Json.bytes(FactsJson.document(draft, release, inCopy)));
        }
      }
    }
    return new StoryFiles(base, files, links, stamp, inCopy);
  }

  /** The fingerprint of the wire files' names and bytes, in format order (the {@code .facts.json} sidecar left out). */
  String wireHash(Fingerprint fingerprint) {
    Map<String, byte[]> wire = new LinkedHashMap<>(files);
    wire.keySet().removeIf(name -> name.endsWith(".facts.json"));
    return fingerprint.ofFiles(wire);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  void writeTo(ReleaseFolder folder, String prefix) throws InputException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      folder.write(prefix + f.getKey(), f.getValue());
    }
  }

  /** The files for the wire, under wire/: every format but the HTML page, which is for review (it links the index). */
  void writeToWire(ReleaseFolder folder) throws InputException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().endsWith(".html")) {
        folder.write(Edition.WIRE + "/" + f.getKey(), f.getValue());
      }
    }
  }
}
