import CaseIO

/// Runs a program, its standard output going to a temporary file (read back afterwards) and
/// standard error passing through (or discarded); returns the exit status, the output and the
/// child's peak resident memory in bytes. Timing a spawn this way adds well under a
/// millisecond, unlike pipes read by a run loop.
func runProgram(
  _ executable: String, _ arguments: [String], input: String? = nil, discardErrors: Bool = false
) throws -> (status: Int32, output: String, peakMemory: Int) {
  let outputPath = "/tmp/cases-bench-output-\(ProcessControl.id)"
  let inputPath = "/tmp/cases-bench-input-\(ProcessControl.id)"
  defer {
    FileTree.removeTree(outputPath)
    FileTree.removeTree(inputPath)
  }
  if let input { try AtomicFile.write(Array(input.utf8), to: inputPath) }
  let outcome = try ChildProcess.run(
    executable, arguments: arguments, stdin: input == nil ? .inherit : .file(inputPath), stdout: .file(outputPath),
    stderr: discardErrors ? .null : .inherit)
  let output = (try? FileReader.read(outputPath)).map { String(decoding: $0, as: UTF8.self) } ?? ""
  return (outcome.status, output, outcome.peakMemory)
}
