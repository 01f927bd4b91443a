package org.localwire.render;

/** A node of the skeletons' path tree ({@link Skeletons}): either the next value the template reads, or the skeleton. */
final class PathNode {
  private static final Object[] NONE = {};
  volatile String read;
  volatile RecordPath accessor;
  volatile Skeleton skeleton;
  /**
   * The children by the value read: key, node, key, node, ... A node has a few (a lead angle,
   * three variants, a boolean), so a scan beats a hash map; replaced whole when one is added.
   */
  private volatile Object[] children = NONE;

  PathNode child(Object key) {
    Object[] at = children;
    for (int i = 0; i < at.length; i += 2) {
      if (at[i] == key || at[i].equals(key)) {
        return (PathNode) at[i + 1];
      }
    }
    return null;
  }

  synchronized PathNode childOrAdd(Object key) {
    PathNode known = child(key);
    if (known != null) {
      return known;
    }
    Object[] more = java.util.Arrays.copyOf(children, children.length + 2);
    PathNode added = new PathNode();
    more[more.length - 2] = key;
    more[more.length - 1] = added;
    children = more;
    return added;
  }
}
