import CommandLineKit
import Testing

@Suite("Completion scripts")
struct CompletionTests {
  @Test func bashScriptCoversEveryCommandAndOption() {
    let result = TestTool.run(TestTool.math, ["--generate-completion-script", "bash"])
    #expect(result.status == .success)
    let script = result.stdout
    #expect(script.hasPrefix("#!/bin/bash\n"))
    #expect(script.contains("\"math stats average\")"))
    #expect(script.contains("--kind) COMPREPLY=($(compgen -W 'mean median mode' -- \"$cur\")); return ;;"))
    #expect(script.contains("complete -o filenames -F _math math"))
  }

  @Test func zshAndFishScripts() {
    let zsh = TestTool.run(TestTool.math, ["--generate-completion-script=zsh"]).stdout
    #expect(zsh.hasPrefix("#compdef math\n"))
    #expect(zsh.contains("'--kind[The kind of average to provide.]:kind:(mean median mode)'"))
    let fish = TestTool.run(TestTool.math, ["--generate-completion-script", "fish"]).stdout
    #expect(
      fish.contains(
        "complete -c math -n 'test (__math_command) = \"math\"' -a stats -d 'Calculate descriptive statistics.'"))
    #expect(fish.contains("-l hex-output -s x -d 'Use hexadecimal notation for the result.'"))
  }

  @Test func unknownShell() {
    let result = TestTool.run(TestTool.math, ["--generate-completion-script", "tcsh"])
    #expect(result.status == .usage)
    #expect(
      result.stderr.hasPrefix(
        """
        Error: Can't generate completion scripts for 'tcsh'.
        Please use --generate-completion-script=<shell> with one of:
            zsh bash fish
        """))
  }
}
