#!/usr/bin/env bash
# Builds and runs a libFuzzer target. Usage: .fuzz/run.sh TARGET [SECONDS]
#   TARGET: json    the JSON parser (seeded with the repository's JSON files)
#           schema  schema registration, compilation and validation (seeded with the
#                   JSON-Schema-Test-Suite's schemas from ../shared when present)
# Corpus and crash files go to .fuzz/out/TARGET (git-ignored). A crash stops the run and leaves
# the input that caused it in .fuzz/out/TARGET/crash-*; re-run it with: .fuzz/out/TARGET/fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: .fuzz/run.sh json|schema [SECONDS]}
seconds=${2:-600}
out=.fuzz/out/$target
build=$out/build
mkdir -p "$out/corpus" "$build"
flags=(-O -sanitize=fuzzer,address -parse-as-library -I "$build")

# The C shim and a module map for it.
clang -c Sources/CaseSystem/stack.c -I Sources/CaseSystem/include -fsanitize=fuzzer-no-link,address -o "$build/CaseSystem.o"
printf 'module CaseSystem {\n  header "%s/Sources/CaseSystem/include/CaseSystem.h"\n  export *\n}\n' "$PWD" > "$build/module.modulemap"

# Each Swift module of the target, in dependency order, as an object file and a module.
module() {
  swiftc "${flags[@]}" -wmo -module-name "$1" -emit-module -emit-module-path "$build/$1.swiftmodule" \
    -c Sources/"$1"/**/*.swift -o "$build/$1.o" 2>&1 | grep -v "^$" || true
}
shopt -s globstar nullglob
case $target in
  json)
    modules=(CaseIO CaseJSON)
    harness=.fuzz/JSONParserFuzz.swift
    find casestudies schemas -name '*.json' -exec cp {} "$out/corpus/" \; 2>/dev/null || true
    ;;
  schema)
    modules=(CaseIO CaseJSON CaseRegex CaseSchema)
    harness=.fuzz/SchemaFuzz.swift
    suite=../shared/json-schema-test-suite/tests/draft2020-12
    if [[ -d $suite ]]; then
      python3 - "$suite" "$out/corpus" <<'PY'
import json, glob, os, sys
suite, corpus = sys.argv[1:3]
n = 0
for path in glob.glob(os.path.join(suite, "*.json")):
    for case in json.load(open(path)):
        for test in case["tests"]:
            data = json.dumps(case["schema"]).encode() + b"\0" + json.dumps(test["data"]).encode()
            open(os.path.join(corpus, f"seed-{n}"), "wb").write(data)
            n += 1
PY
    fi
    ;;
  *) echo "unknown fuzz target: $target" >&2; exit 64 ;;
esac
for name in "${modules[@]}"; do module "$name"; done
objects=("$build/CaseSystem.o")
for name in "${modules[@]}"; do objects+=("$build/$name.o"); done
swiftc "${flags[@]}" -module-name Fuzz "$harness" "${objects[@]}" -o "$out/fuzz"
"$out/fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$out/" -print_final_stats=1 "$out/corpus"
