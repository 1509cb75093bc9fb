#!/bin/sh
# Benchmark of the network boot outputs on the built product (docs/PERFORMANCE.md).
#   bench/netboot.sh [COUNT]      COUNT clients, default 10000
# Needs the product: ./mvnw -B -DskipTests verify. Works in a temporary SIS_HOME and output
# directory (under $TMPDIR, default /tmp) that it removes at the end; touches nothing else.
# Every step is one ./sis command, timed from start to exit (so each includes ~1 s of JVM and
# OSGi start-up, shown by the first line).
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
COUNT=${1:-10000}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sis-netboot-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
SIS_HOME=$WORK/home
export SIS_HOME
OUT=$WORK/out

now() { date +%s.%N; }
# step LABEL COMMAND...: runs the command, prints its wall time and the counts of its --json result
step() {
    label=$1
    shift
    start=$(now)
    "$@" >"$WORK/last.out" 2>"$WORK/last.err" || { cat "$WORK/last.err" >&2; exit 1; }
    end=$(now)
    counts=$(tr -d ' \n' <"$WORK/last.out" | grep -o '"clients":[0-9]*,"written":[0-9]*,"unchanged":[0-9]*,"deleted":[0-9]*' || true)
    printf '%-52s %7.2f s  %s\n' "$label" "$(echo "$end - $start" | bc)" "$counts"
}
sis() { "$ROOT/sis" "$@"; }

echo "sis netboot benchmark: $COUNT clients, $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), work dir $WORK"
step "sis version (start-up only)" sis version
step "sis image add" sis image add compute
step "sis range add ($COUNT clients with addresses)" sis range add --basename node --count "$COUNT" --pad 5 \
    --ip-start 10.1.0.10 --netmask 255.255.0.0 --image compute
awk -v n="$COUNT" 'BEGIN { for (i = 1; i <= n; i++) printf "52:54:%02x:%02x:%02x:%02x node%05d\n",
    int(i / 16777216) % 256, int(i / 65536) % 256, int(i / 256) % 256, i % 256, i }' >"$WORK/macs.txt"
step "sis client import-macs ($COUNT MACs)" sis client import-macs "$WORK/macs.txt"
printf 'server=10.1.0.1\nnetmask=255.255.0.0\nrange=10.1.200.1-10.1.250.254\ndns=10.1.0.1\n' >"$SIS_HOME/netboot.properties"
step "sis netboot generate, first (all written)" sis netboot generate --output "$OUT" --json
step "sis netboot generate, again (nothing changed)" sis netboot generate --output "$OUT" --json
step "sis client rm 10 clients" sis client rm "node[00001-00010]"
step "sis netboot generate (10 clients removed)" sis netboot generate --output "$OUT" --json
rm -rf "$OUT"
step "sis netboot generate into an empty directory" sis netboot generate --output "$OUT" --json
echo "files: $(find "$OUT" -type f | wc -l), $(du -sh "$OUT" | cut -f1)"
