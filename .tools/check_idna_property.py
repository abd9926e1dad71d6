#!/usr/bin/env python3
"""Checks IDNAProperty (Sources/CaseSchema/Formats/IDNACodePoints.swift), which
derives RFC 5892 properties from the Swift standard library's Unicode data,
against the `idna` package's tables for every code point.

Run from the package folder: `python3 .tools/check_idna_property.py`. Compare
only when both use the same Unicode version (Swift 6.3 and idna 3.13: 17.0.0).
"""
import os
import subprocess
import tempfile

import idna.idnadata as idnadata

SOURCE = "Sources/CaseSchema/Formats/IDNACodePoints.swift"
DUMP = """
var out = ""
for value: UInt32 in 0..<0x110000 {
  switch IDNAProperty.of(value) {
  case .pvalid: out += "\\(value) P\\n"
  case .contextJ: out += "\\(value) J\\n"
  case .contextO: out += "\\(value) O\\n"
  case .disallowed: break
  }
}
print(out, terminator: "")
"""

with tempfile.TemporaryDirectory() as folder:
    main = os.path.join(folder, "main.swift")
    with open(SOURCE) as source, open(main, "w") as target:
        target.write(source.read() + DUMP)
    binary = os.path.join(folder, "dump")
    subprocess.run(["swiftc", "-O", main, "-o", binary], check=True)
    output = subprocess.run([binary], check=True, capture_output=True, text=True).stdout

swift = {int(v): c for v, c in (line.split() for line in output.splitlines())}
expected = {}
for name, letter in (("PVALID", "P"), ("CONTEXTJ", "J"), ("CONTEXTO", "O")):
    for packed in idnadata.codepoint_classes[name]:
        for cp in range(packed >> 32, packed & 0xFFFFFFFF):
            expected[cp] = letter
differences = sorted(cp for cp in set(swift) | set(expected) if swift.get(cp) != expected.get(cp))
print(f"{len(expected)} valid code points (idna data for Unicode {idnadata.__version__}), {len(differences)} differences")
for cp in differences[:50]:
    print(f"U+{cp:04X}: idna {expected.get(cp, 'DISALLOWED')}, Swift {swift.get(cp, 'DISALLOWED')}")
raise SystemExit(1 if differences else 0)
