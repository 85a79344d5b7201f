@testable import AgencyCommands
import AgencyTestSupport
import Foundation
import Testing

@Suite struct HistoryFileTests {
    @Test func locationPrefersAgencyHistoryThenXDGStateThenHome() {
        #expect(HistoryFile.location(environment: ["AGENCY_HISTORY": "/h/x", "XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/h/x")
        #expect(HistoryFile.location(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/s/agency/history")
        #expect(HistoryFile.location(environment: ["AGENCY_HISTORY": "", "HOME": "/home/u"]) == "/home/u/.agency_history")
    }

    @Test func skipsConsecutiveDuplicatesSpacePrefixedAndBlankLines() throws {
        let folder = try TemporaryDirectory()
        var history = HistoryFile(path: folder.url.appendingPathComponent("state/agency/history").path)
        let added = ["seller list", "seller list", " seller show secret", "   ", "rules list", "seller list"]
            .map { history.record($0) }
        #expect(added == [true, false, false, false, true, true])
        #expect(history.entries == ["seller list", "rules list", "seller list"])
        #expect(try folder.read("state/agency/history") == "seller list\nrules list\nseller list\n")
    }

    @Test func persistsAcrossSessionsAndTrimsToCapacity() throws {
        let folder = try TemporaryDirectory()
        let path = folder.url.appendingPathComponent("history").path
        var first = HistoryFile(path: path, capacity: 3)
        for line in ["a", "b", "c", "d", "e"] { first.record(line) }
        #expect(first.entries == ["c", "d", "e"])
        let second = HistoryFile(path: path, capacity: 3)
        #expect(second.entries == ["c", "d", "e"])
        #expect(try folder.read("history") == "c\nd\ne\n")
        #expect(!second.shouldRecord("e"))
    }
}
