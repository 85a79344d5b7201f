import AgencyCore
import ArgumentParser

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Which orders may receive which proactive message on a date, and why not for the rest.")

    func run() throws {
        throw UsageError("'agency plan' is not available yet")
    }
}
