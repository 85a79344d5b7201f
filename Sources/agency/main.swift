import AgencyCommands
import Foundation

exit(CommandRunner.run(Array(CommandLine.arguments.dropFirst())))
