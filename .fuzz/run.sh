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

# The C shims (every .c file of CaseSystem) and a module map for them.
objects=()
for source in Sources/CaseSystem/*.c; do
  object="$build/CaseSystem-$(basename "$source" .c).o"
  clang -c "$source" -I Sources/CaseSystem/include -fsanitize=fuzzer-no-link,address -o "$object"
  objects+=("$object")
done
printf 'module CaseSystem {\n  header "%s/Sources/CaseSystem/include/CaseSystem.h"\n  export *\n}\n' "$PWD" > "$build/module.modulemap"

# Each Swift module of the target, in dependency order, as an object file and a module.
module() {
  swiftc "${flags[@]}" -wmo -module-name "$1" -emit-module -emit-module-path "$build/$1.swiftmodule" \
    -c Sources/"$1"/**/*.swift -o "$build/$1.o"
}

# The Swift modules a module needs, dependencies first, read from the package itself.
dependencies() {
  swift package dump-package | python3 -c '
import json, sys
targets = {t["name"]: t for t in json.load(sys.stdin)["targets"]}
def names(target):
    return [d.get("byName", d.get("target", [None]))[0] for d in targets[target]["dependencies"]]
order = []
def visit(name):
    if name in order: return
    for dependency in names(name): visit(dependency)
    order.append(name)
visit(sys.argv[1])
print(" ".join(name for name in order if targets[name].get("type") != "system" and name != "CaseSystem"))
' "$1"
}
shopt -s globstar nullglob
case $target in
  json)
    read -ra modules <<< "$(dependencies CaseJSON)"
    harness=.fuzz/JSONParserFuzz.swift
    find casestudies schemas -name '*.json' -exec cp {} "$out/corpus/" \; 2>/dev/null || true
    ;;
  schema)
    read -ra modules <<< "$(dependencies CaseSchema)"
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
echo "modules: ${modules[*]}"
for name in "${modules[@]}"; do module "$name"; done
for name in "${modules[@]}"; do objects+=("$build/$name.o"); done
swiftc "${flags[@]}" -module-name Fuzz "$harness" "${objects[@]}" -o "$out/fuzz"
"$out/fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$out/" -print_final_stats=1 "$out/corpus"
