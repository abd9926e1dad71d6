import CasesCLI

CasesCLI.main(CommandLine.arguments)
