#!/usr/bin/env bash
# bench/run.sh [RANGES [SIZE]]: the scale benchmark of the SIS store (see bench/README.md).
# Adds RANGES x SIZE clients (default 100 x 1,000) as RANGES ranges and as one range, lists,
# exports and imports them, through the real ./sis command line and through the store alone,
# and prints the wall time and peak RSS of every step as a Markdown table (also written to
# bench/target/results.md). Needs the built product (./mvnw -B -DskipTests verify) and GNU time
# (/usr/bin/time, Debian package "time"). Steps run one at a time; run nothing else meanwhile.
set -euo pipefail

RANGES=${1:-100}
SIZE=${2:-1000}
TOTAL=$((RANGES * SIZE))
if [ "$RANGES" -lt 1 ] || [ "$RANGES" -gt 250 ] || [ "$SIZE" -lt 1 ] || [ "$SIZE" -gt 65000 ]; then
    echo "bench: 1 to 250 ranges of 1 to 65000 clients (range R gets the addresses from 10.R.0.1)" >&2
    exit 2
fi

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
. "$ROOT/releng/find-java.sh"
JAVA_HOME=$(sis_find_java) || exit 1
export JAVA_HOME
PLUGINS=$ROOT/product/target/products/org.sisuite.product/linux/gtk/x86_64/plugins
if ! ls "$PLUGINS"/org.sisuite.core_*.jar >/dev/null 2>&1; then
    echo "bench: the product is not built; build it with: (cd $ROOT && ./mvnw -B -DskipTests verify)" >&2
    exit 1
fi
if ! /usr/bin/time -f %e true >/dev/null 2>&1; then
    echo "bench: GNU time (/usr/bin/time) is missing; install it with: apt-get install time" >&2
    exit 1
fi

OUT=$ROOT/bench/target
RESULTS=$OUT/results.md
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sis-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT/classes"

# The store benchmark runs on a plain classpath of the product's own jars, as the unit tests do.
CLASSPATH=
for bundle in com.h2database org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi \
        org.eclipse.equinox.common org.eclipse.osgi org.sisuite.core org.sisuite.model; do
    CLASSPATH=$CLASSPATH:$(ls "$PLUGINS/${bundle}"_*.jar | head -n 1)
done
CLASSPATH=${CLASSPATH#:}
"$JAVA_HOME/bin/javac" -nowarn -d "$OUT/classes" -cp "$CLASSPATH" "$ROOT"/bench/src/org/sisuite/bench/*.java

# measure COMMAND...: runs it under GNU time, sets WALL (s) and RSS (KB); its stdout is in $WORK/out
measure() {
    if ! /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err"; then
        echo "bench: failed: $*" >&2
        tail -n 20 "$WORK/err" >&2
        exit 1
    fi
    read -r WALL RSS <"$WORK/time"
}

# row STEP WALL_S PEAK_RSS_KB NOTE
row() {
    printf '| %s | %s | %s | %s |\n' "$1" "$2" "$(($3 / 1024))" "$4" | tee -a "$RESULTS"
}

# inner PREFIX: the seconds StoreBench printed for its line starting with PREFIX
inner() {
    awk -v prefix="$1" 'index($0, prefix) == 1 { print $(NF - 1) " s" }' "$WORK/out"
}

# GNU time runs programs, not shell functions
SIS=("$ROOT/sis")
STORE=("$JAVA_HOME/bin/java" -cp "$CLASSPATH:$OUT/classes" org.sisuite.bench.StoreBench)

{
    echo "### $(date -u +%Y-%m-%d): $RANGES x $SIZE = $TOTAL clients, commit $(git -C "$ROOT" rev-parse --short HEAD)"
    echo
    echo "$(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), \
$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), \
$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
    echo
    echo "| step | wall s | peak RSS MB | note |"
    echo "|---|---|---|---|"
} | tee "$RESULTS"

# --- through the sis command line: every command is a new JVM, as for a user ---
export SIS_HOME=$WORK/cli-ranges
measure "${SIS[@]}" image add compute
row "sis image add compute" "$WALL" "$RSS" "creates the database"
sum=0 peak=0 slowest=0
for ((r = 0; r < RANGES; r++)); do
    measure "${SIS[@]}" range add --name "r$r" --basename "r${r}n" --count "$SIZE" --pad "${#SIZE}" --ip-start "10.$r.0.1" \
        --image compute
    sum=$(awk -v a="$sum" -v b="$WALL" 'BEGIN { print a + b }')
    slowest=$(awk -v a="$slowest" -v b="$WALL" 'BEGIN { print (b > a ? b : a) }')
    [ "$RSS" -gt "$peak" ] && peak=$RSS
done
row "$RANGES x sis range add --count $SIZE" "$sum" "$peak" \
    "sum of $RANGES commands: mean $(awk -v s="$sum" -v n="$RANGES" 'BEGIN { printf "%.2f", s / n }') s, slowest $slowest s"
measure "${SIS[@]}" client list --json
listed=$(grep -o '"hostname"' "$WORK/out" | wc -l)
[ "$listed" -eq "$TOTAL" ] || { echo "bench: sis client list --json listed $listed clients, not $TOTAL" >&2; exit 1; }
row "sis client list --json" "$WALL" "$RSS" "$TOTAL clients, $(($(wc -c <"$WORK/out") / 1048576)) MB of JSON"
measure "${SIS[@]}" client list
row "sis client list" "$WALL" "$RSS" "text table"
measure "${SIS[@]}" range list
row "sis range list" "$WALL" "$RSS" "$RANGES ranges"
measure "${SIS[@]}" client add spare --ip 10.250.0.1
row "sis client add spare --ip 10.250.0.1" "$WALL" "$RSS" "one more client, address checked against $TOTAL"
measure "${SIS[@]}" db export "$WORK/site.xmi"
row "sis db export" "$WALL" "$RSS" "$(($(stat -c %s "$WORK/site.xmi") / 1048576)) MB of XMI"
export SIS_HOME=$WORK/cli-import
measure "${SIS[@]}" db import "$WORK/site.xmi"
row "sis db import" "$WALL" "$RSS" "that file into a new database"

export SIS_HOME=$WORK/cli-one-range
"${SIS[@]}" image add compute >/dev/null
measure "${SIS[@]}" range add --name all --basename node --count "$TOTAL" --pad "${#TOTAL}" --ip-start 10.0.0.1 --image compute
row "sis range add --count $TOTAL" "$WALL" "$RSS" "one range, one transaction"
measure "${SIS[@]}" client list --json
row "sis client list --json" "$WALL" "$RSS" "$TOTAL clients of one range"
unset SIS_HOME

# --- the store alone, one JVM per step: the notes give the time of the store calls alone ---
measure "${STORE[@]}" ranges "$WORK/store-ranges" "$RANGES" "$SIZE"
row "store: $RANGES ranges of $SIZE" "$WALL" "$RSS" "store calls $(inner add), slowest range $(inner slowest)"
measure "${STORE[@]}" list "$WORK/store-ranges"
row "store: list" "$WALL" "$RSS" "store call $(inner list)"
measure "${STORE[@]}" load "$WORK/store-ranges"
row "store: load" "$WALL" "$RSS" "the whole site as EMF objects; store call $(inner load)"
measure "${STORE[@]}" ranges "$WORK/store-one" 1 "$TOTAL"
row "store: 1 range of $TOTAL" "$WALL" "$RSS" "store call $(inner add)"
measure "${STORE[@]}" import "$WORK/store-import" "$TOTAL"
row "store: import $TOTAL" "$WALL" "$RSS" "replaceAll, one transaction; store call $(inner import)"

echo
echo "bench: results in $RESULTS"
