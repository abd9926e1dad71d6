#!/usr/bin/env bash
# Builds and runs a libFuzzer target. Usage: .fuzz/run.sh TARGET [SECONDS]
#   TARGET: json   (the JSON parser)
# Corpus and crash files go to .fuzz/out/TARGET (git-ignored). A crash stops the run and leaves
# the input that caused it in .fuzz/out/TARGET/crash-*; re-run it with: .fuzz/out/TARGET/fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: .fuzz/run.sh json [SECONDS]}
seconds=${2:-600}
out=.fuzz/out/$target
mkdir -p "$out/corpus"
case $target in
  json)
    sources=(Sources/CaseJSON/*.swift .fuzz/JSONParserFuzz.swift)
    module=CaseJSON
    # Seed with the repository's own JSON files, if any.
    find casestudies schemas -name '*.json' -exec cp {} "$out/corpus/" \; 2>/dev/null || true
    ;;
  *) echo "unknown fuzz target: $target" >&2; exit 64 ;;
esac
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name "$module" "${sources[@]}" -o "$out/fuzz"
"$out/fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$out/" -print_final_stats=1 "$out/corpus"
