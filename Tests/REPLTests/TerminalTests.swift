import AgencyTestSupport
import Foundation
import Testing

/// The console on a real (pseudo-)terminal: Tab completion, history across sessions, Ctrl-C.
@Suite(.serialized) struct TerminalTests {
    @Test func completesWithTabAndRecallsHistoryWithUpInTheNextSession() throws {
        let demo = try DemoWorkspace()
        let history = demo.folder.url.appendingPathComponent("state/history").path
        let environment = ["AGENCY_HISTORY": history, "HOME": demo.folder.path]

        let first = try PseudoTerminal([], in: demo.url, environment: environment)
        #expect(first.waitFor("agency(demo)> "), "no prompt: \(first.screen)")
        first.type("seller sh\t")
        #expect(first.waitFor("seller show "), "Tab did not complete: \(first.screen)")
        first.type("waldh\t")
        #expect(first.waitFor("seller show waldhaus-de"), "Tab did not complete the seller: \(first.screen)")
        first.type("\r")
        #expect(first.waitFor("Seller:        waldhaus-de"), "\(first.screen)")
        #expect(first.waitFor("agency(demo)> ", after: Self.offset(after: "Seller:        waldhaus-de", in: first.screen)), "\(first.screen)")
        first.type(".use acme-kitchen\r")
        #expect(first.waitFor("agency(demo:acme-kitchen)> "), "\(first.screen)")
        first.type("seller list")
        #expect(first.waitFor("> seller list"), "\(first.screen)")
        first.interrupt()
        #expect(first.waitFor("^C"), "\(first.screen)")
        first.type(" seller show soleil-fr\r")
        #expect(first.waitFor("Seller:        soleil-fr"), "a line typed after Ctrl-C runs: \(first.screen)")
        // Type Ctrl-D only once the prompt is back: keys typed while a command runs meet the terminal's cooked mode.
        #expect(first.waitFor("agency(demo:acme-kitchen)> ", after: Self.offset(after: "Seller:        soleil-fr", in: first.screen)),
                "\(first.screen)")
        first.type("\u{4}")
        #expect(first.waitForExit() == 0, "Ctrl-D leaves: \(first.screen)")
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved == "seller show waldhaus-de\n.use acme-kitchen\n", "cancelled and space-prefixed lines left out")

        let second = try PseudoTerminal(["repl"], in: demo.url, environment: environment)
        #expect(second.waitFor("agency(demo)> "), "no prompt: \(second.screen)")
        let start = second.screen.count
        second.type("\u{1B}[A")
        #expect(second.waitFor(".use acme-kitchen", after: start), "Up did not recall history: \(second.screen)")
        second.type("\r")
        #expect(second.waitFor("agency(demo:acme-kitchen)> ", after: start), "\(second.screen)")
        second.type(".quit\r")
        #expect(second.waitForExit() == 0, "\(second.screen)")
    }

    /// The character offset just past the last occurrence of `text` on `screen`.
    static func offset(after text: String, in screen: String) -> Int {
        guard let range = screen.range(of: text, options: .backwards) else { return 0 }
        return screen.distance(from: screen.startIndex, to: range.upperBound)
    }
}
