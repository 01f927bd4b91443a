package org.localwire.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The story template's output for one path through it ({@link Skeletons}), with markers for the
 * values it only prints: cut at the markers (text, slot, text, ..., text), and as the story's
 * blocks, each cut at its markers.
 */
record Skeleton(String[] texts, int[] slots, int length, Block[] blocks, byte[][] pieces) {
  static Skeleton parse(String output, int slotCount, UnaryOperator<String> intern) {
    List<String> texts = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = output.indexOf(PrintedOnly.MARK, from)) >= 0) {
      if (at + 1 >= output.length()) {
        return null;
      }
      int slot = output.charAt(at + 1) - Skeletons.FIRST_SLOT;
      if (slot < 0 || slot >= slotCount) {
        return null;
      }
      texts.add(intern.apply(output.substring(from, at)));
      slots.add(slot);
      from = at + 2;
    }
    texts.add(intern.apply(output.substring(from)));
    // markers are neither white space nor line breaks, so the blocks keep them where they were
    List<Story.Paragraph> paragraphs = Story.blocks(output);
    Block[] blocks = new Block[paragraphs.size()];
    int occurrence = 0;
    for (int b = 0; b < blocks.length; b++) {
      blocks[b] = Block.cut(paragraphs.get(b), occurrence, intern);
      occurrence += blocks[b].values().length;
    }
    if (occurrence != slots.size()) {
      return null; // a marker lost to the cutting: never expected, but then do not cut
    }
    return new Skeleton(texts.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray(),
        output.length() - 2 * slots.size(), blocks, textPieces(blocks));
  }

  /** The output with {@code view}'s values; null if a value is missing or holds the marker. */
  String fill(RecordPath[] accessors, Record view) {
    String[] values = values(accessors, view);
    return values == null ? null : fill(values);
  }

  /** The view's value for each marker, in order; null if one is missing or holds the marker. */
  String[] values(RecordPath[] accessors, Record view) {
    String[] values = new String[slots.length];
    for (int i = 0; i < slots.length; i++) {
      Object value = accessors[slots[i]].get(view);
      if (!(value instanceof String s) || s.indexOf(PrintedOnly.MARK) >= 0) {
        return null;
      }
      values[i] = s;
    }
    return values;
  }

  String fill(String[] values) {
    int size = length;
    for (String value : values) {
      size += value.length();
    }
    StringBuilder sb = new StringBuilder(size);
    sb.append(texts[0]);
    for (int i = 0; i < values.length; i++) {
      sb.append(values[i]).append(texts[i + 1]);
    }
    return sb.toString();
  }

  /**
   * {@code Story.blocks(fill(values))} without the whole text, or null when a value could change
   * how the text splits: one that is empty, holds a line break, starts or ends with white space,
   * or starts with the boilerplate mark. Any other value sits inside a line whose ends it cannot
   * move, so the blocks of the marked output, filled in, are the blocks of the filled output.
   */
  List<Story.Paragraph> blocks(String[] values) {
    for (String value : values) {
      if (!inline(value)) {
        return null;
      }
    }
    List<Story.Paragraph> out = new ArrayList<>(blocks.length);
    for (Block block : blocks) {
      out.add(block.fill(values));
    }
    return out;
  }

  /**
   * The story's plain text ({@link Story#text(String)}) and {@code after}, in UTF-8, from the
   * blocks: the first is the headline. Null under the same conditions as {@link
   * #blocks(String[])}, or with no blocks. The text between values is encoded once per skeleton,
   * and the bytes are written straight into one array: no text, no copies (issue #6).
   */
  byte[] text(String[] values, byte[] after) {
    if (pieces == null) {
      return null;
    }
    byte[][] encoded = new byte[values.length][];
    int size = after.length;
    for (byte[] piece : pieces) {
      size += piece.length;
    }
    for (int i = 0; i < values.length; i++) {
      if (!inline(values[i])) {
        return null;
      }
      encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
      size += encoded[i].length;
    }
    byte[] out = new byte[size];
    int at = 0;
    for (int i = 0; i < values.length; i++) {
      System.arraycopy(pieces[i], 0, out, at, pieces[i].length);
      at += pieces[i].length;
      System.arraycopy(encoded[i], 0, out, at, encoded[i].length);
      at += encoded[i].length;
    }
    byte[] last = pieces[values.length];
    System.arraycopy(last, 0, out, at, last.length);
    System.arraycopy(after, 0, out, at + last.length, after.length);
    return out;
  }

  /**
   * The text around the values, in UTF-8: headline, blank line, paragraphs separated by blank
   * lines, as {@link Story#text(String)} lays them out; one piece more than there are values,
   * which come in order (the blocks keep the output's order). Null with no blocks.
   */
  private static byte[][] textPieces(Block[] blocks) {
    if (blocks.length == 0) {
      return null;
    }
    List<byte[]> made = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int b = 0; b < blocks.length; b++) {
      Block block = blocks[b];
      if (b > 0) {
        piece.append('\n');
      }
      piece.append(block.texts()[0]);
      for (int i = 1; i < block.texts().length; i++) {
        made.add(piece.toString().getBytes(StandardCharsets.UTF_8));
        piece.setLength(0);
        piece.append(block.texts()[i]);
      }
      piece.append('\n');
    }
    made.add(piece.toString().getBytes(StandardCharsets.UTF_8));
    return made.toArray(byte[][]::new);
  }

  private static boolean inline(String value) {
    int n = value.length();
    return n > 0 && !Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(n - 1))
        && value.charAt(0) != Story.BOILERPLATE.charAt(0) && value.indexOf('\n') < 0;
  }

  /** One block of a skeleton: text, value, text, ..., text, the values by their place in the output. */
  record Block(boolean boilerplate, String[] texts, int[] values, int length) {
    static Block cut(Story.Paragraph paragraph, int firstValue, UnaryOperator<String> intern) {
      String text = paragraph.text();
      List<String> texts = new ArrayList<>();
      int from = 0;
      int at;
      while ((at = text.indexOf(PrintedOnly.MARK, from)) >= 0) {
        texts.add(intern.apply(text.substring(from, at)));
        from = Math.min(at + 2, text.length());
      }
      texts.add(intern.apply(text.substring(from)));
      int[] values = new int[texts.size() - 1];
      for (int i = 0; i < values.length; i++) {
        values[i] = firstValue + i;
      }
      return new Block(paragraph.boilerplate(), texts.toArray(String[]::new), values,
          text.length() - 2 * values.length);
    }

    void appendTo(StringBuilder sb, String[] all) {
      sb.append(texts[0]);
      for (int i = 0; i < values.length; i++) {
        sb.append(all[values[i]]).append(texts[i + 1]);
      }
    }

    Story.Paragraph fill(String[] all) {
      if (values.length == 0) {
        return new Story.Paragraph(texts[0], boilerplate);
      }
      int size = length;
      for (int v : values) {
        size += all[v].length();
      }
      StringBuilder sb = new StringBuilder(size);
      sb.append(texts[0]);
      for (int i = 0; i < values.length; i++) {
        sb.append(all[values[i]]).append(texts[i + 1]);
      }
      return new Story.Paragraph(sb.toString(), boilerplate);
    }
  }
}
