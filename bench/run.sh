#!/usr/bin/env bash
# Whole-process benchmarks of localwire, and the JMH hot-path benchmarks.
#
#   bench/run.sh            whole-process table (median of 5 runs after a warm-up, peak RSS),
#                           once with the launcher ./localwire (the README's command), once plain java -jar
#   bench/run.sh --jmh      also the JMH benchmarks (about 4 minutes)
#   bench/run.sh --peers    only the side-by-side table against the peer renderers in ../shared/peers
#                           (copied and built in a temporary folder; needs Node and npm too)
#
# Run from anywhere; it works in the repository root. Needs Java 17, Maven and /usr/bin/time.
# RUNS=3 bench/run.sh for a quicker, rougher table.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q package -DskipTests
jar=target/localwire.jar
java -jar "$jar" generate-data --areas 1000 --seed 2017 --out "$work/areas-1000.csv"
java -jar "$jar" generate-data --areas 100000 --seed 2017 --out "$work/areas-100000.csv"

# The README's command is the launcher, ./localwire (JVM options for short runs: see its header);
# plain `java -jar` is measured beside it.
LAUNCHER=./localwire
PLAIN="java -jar $jar"

# prints "median_seconds median_peak_MiB" over $RUNS runs after one warm-up. A command that writes
# files names its folder "$OUT": with FRESH=yes each run (the warm-up too) gets a new one, else the
# warm-up and every run write one folder of the row's own, each replacing the release the run
# before wrote there. Nothing is removed until the script ends: removing many files just before a
# run, as an earlier version of this script did outside the timing, costs the next run 0.3 to 0.8 s
# of system time on this machine's file system (see README, Performance).
measure() {
  local times=() rss=() t n=0
  export OUT="$work/runs/$BASHPID-0"
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  for _ in $(seq "$RUNS"); do
    n=$((n + 1))
    if [ "${FRESH:-no}" = yes ]; then OUT="$work/runs/$BASHPID-$n"; fi
    /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt"
    t=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time.txt")
    times+=("$t")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.2f ", a[int((NR+1)/2)]}'
  printf '%s\n' "${rss[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.0f\n", a[int((NR+1)/2)]/1024}'
}

table() {
  local label=$1 cmd=$2 folder=$3
  echo
  echo "$label (\`$cmd\`); median of $RUNS runs after one warm-up"
  echo
  echo "| run | median wall time | median peak RSS |"
  echo "| --- | --- | --- |"
  FRESH=yes row "bundled data (315 areas, 43 forces), all four formats and the review page, a new folder" \
    sh -c "exec $cmd batch --out \"\$OUT\" --no-progress"
  FRESH=no row "the same, again into the same folder (replacing the release the run before wrote)" \
    sh -c "exec $cmd batch --out \"\$OUT\" --no-progress"
  FRESH=yes row "every offence (batch --offence all), all four formats and the review pages, a new folder" \
    sh -c "exec $cmd batch --offence all --out \"\$OUT\" --no-progress"
  row "1,000 synthetic areas, text, --stdout to /dev/null" \
    sh -c "exec $cmd batch --data $work/areas-1000.csv --formats txt --stdout > /dev/null"
  row "100,000 synthetic areas, text, --stdout to /dev/null" \
    sh -c "exec $cmd batch --data $work/areas-100000.csv --formats txt --stdout > /dev/null"
  if [ "$folder" = yes ]; then
    FRESH=yes row "100,000 synthetic areas, text, to a new folder (and the review page)" \
      sh -c "exec $cmd batch --data $work/areas-100000.csv --formats txt --out \"\$OUT\" --no-progress"
  fi
}

row() {
  local label=$1 secs mib; shift
  read -r secs mib < <(measure "$@")
  printf '| %s | %s s | %s MiB |\n' "$label" "$secs" "$mib"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"

# The peers (../shared/peers/README.md): the same file of 100,000 areas, text to /dev/null, each
# renderer's command in turn within each round (localwire, sb, fm, handlebars, then again), so
# that a drift in the machine's speed reaches all of them alike; medians of $RUNS rounds after one.
peers() {
  local src=${PEERS:-../shared/peers}
  cp -r "$src" "$work/peers"
  (cd "$work/peers/java" && mvn -B -q package)
  (cd "$work/peers/node" && npm ci --no-audit --no-fund --silent)
  node "$work/peers/data/gen-data.js" 100000 > "$work/peers-100000.csv"
  local data="$work/peers-100000.csv"
  local names=(localwire sb fm handlebars) cmds=(
    "$LAUNCHER batch --data $data --formats txt --stdout"
    "java -jar $work/peers/java/target/nlg-peers.jar sb once $data /dev/stdout"
    "java -jar $work/peers/java/target/nlg-peers.jar fm once $data /dev/stdout"
    "node $work/peers/node/handlebars.js once $data /dev/stdout")
  local round i
  for round in $(seq 0 "$RUNS"); do
    for i in "${!cmds[@]}"; do
      /usr/bin/time -v -o "$work/time.txt" sh -c "exec ${cmds[$i]} > /dev/null" 2>/dev/null
      if [ "$round" -gt 0 ]; then # round 0 is the warm-up
        awk -F': ' -v n="${names[$i]}" '/Elapsed \(wall clock\)/ {k=split($2,p,":"); s=0; for(j=1;j<=k;j++) s=s*60+p[j]}
          /Maximum resident set size/ {m=$2} END {print n, s, m}' "$work/time.txt" >> "$work/peers.txt"
      fi
    done
  done
  echo
  echo "100,000 areas (the peers' file), text to /dev/null, in turn; median of $RUNS rounds after one"
  echo
  echo "| renderer | median wall time | median peak RSS | wall time / localwire's |"
  echo "| --- | --- | --- | --- |"
  local base="" t m
  for n in "${names[@]}"; do
    t=$(awk -v n="$n" '$1 == n {print $2}' "$work/peers.txt" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    m=$(awk -v n="$n" '$1 == n {print $3}' "$work/peers.txt" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    [ -z "$base" ] && base=$t
    awk -v n="$n" -v t="$t" -v m="$m" -v b="$base" 'BEGIN {printf "| %s | %.2f s | %.0f MiB | %.2f |\n", n, t, m / 1024, t / b}'
  done
}

if [ "${1:-}" = "--peers" ]; then
  peers
  exit 0
fi
# the stated options first: the 100,000-file folder runs leave the disk busy writing back for a
# while, which would slow whatever is timed next
sync
table "the launcher, the README's command" "$LAUNCHER" yes
sync
table "plain java -jar, the JVM's defaults" "$PLAIN" yes

if [ "${1:-}" = "--jmh" ]; then
  mvn -B -q install -DskipTests
  mvn -B -q -f bench/pom.xml package
  java -jar bench/target/benchmarks.jar -rf text -rff "$work/jmh.txt"
  cat "$work/jmh.txt"
fi
