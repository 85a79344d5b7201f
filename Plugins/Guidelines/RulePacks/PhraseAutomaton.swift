/// One phrase to find, after normalisation (lower case, single spaces).
struct PhrasePattern: Sendable {
    var bytes: [UInt8]
    /// The match may start inside a word (written `~phrase` in a pack).
    var openStart: Bool
    /// The match may end inside a word (written `phrase~` in a pack).
    var openEnd: Bool
    /// Tags (rule triggers, exceptions, cues) that this phrase belongs to.
    var tags: [Int32]
}

/// A phrase found in a text: which tag, and where (scan offsets).
struct PhraseMatch: Sendable, Hashable {
    var tag: Int32
    var start: Int
    var end: Int
}

/// Aho–Corasick over case-folded bytes, compiled into a full DFA over byte classes, so one pass
/// finds every phrase of a language pack. Word boundaries are checked when a phrase ends.
///
/// Everything is stored in flat `Int32` tables (no per-state dictionaries, no per-pattern arrays
/// on the hot path): `delta` holds rows of `classCount` next states, pre-multiplied by
/// `classCount`, so a step is one load and one add.
struct PhraseAutomaton: Sendable {
    private let classOf: [Int32]
    private let classCount: Int
    /// Next state × `classCount`, by (state × `classCount` + class); negative when that state reports a match.
    private let delta: [Int32]
    /// Patterns ending at each state (own), as ranges into `outputList`.
    private let outputStart: [Int32]
    private let outputList: [Int32]
    /// Next state along the suffix chain that has outputs, or -1.
    private let outputLink: [Int32]
    /// Per pattern: length in bytes, open-start and open-end flags, and its tags as a range of `tagList`.
    private let patternLength: [Int32]
    private let patternFlags: [UInt8]
    private let tagStart: [Int32]
    private let tagList: [Int32]
    /// The longest pattern in bytes: the automaton's state after a byte depends on no more bytes before it.
    private let maxPatternLength: Int

    init(patterns: [PhrasePattern]) {
        var classes = [Int32](repeating: 0, count: 256)
        var nextClass: Int32 = 1
        for pattern in patterns {
            for byte in pattern.bytes {
                let folded = Int(ByteClass.fold[Int(byte)])
                if classes[folded] == 0 {
                    classes[folded] = nextClass
                    nextClass += 1
                }
            }
        }
        var classOf = [Int32](repeating: 0, count: 256)
        for value in 0..<256 { classOf[value] = classes[Int(ByteClass.fold[value])] }
        let classCount = Int(nextClass)

        // Trie as a dense table; -1 marks a missing child (the root is 0, so no child is 0).
        var table = [Int32](repeating: -1, count: classCount)
        var stateCount = 1
        var ownCount = [Int32](repeating: 0, count: 1)
        var endings: [(state: Int32, pattern: Int32)] = []
        for (index, pattern) in patterns.enumerated() where !pattern.bytes.isEmpty {
            var state = 0
            for byte in pattern.bytes {
                let slot = state * classCount + Int(classOf[Int(byte)])
                let next = table[slot]
                if next >= 0 {
                    state = Int(next)
                } else {
                    table[slot] = Int32(stateCount)
                    state = stateCount
                    stateCount += 1
                    table += repeatElement(-1, count: classCount)
                    ownCount.append(0)
                }
            }
            ownCount[state] += 1
            endings.append((Int32(state), Int32(index)))
        }

        // Breadth-first: failure links, full transitions (in place), output links. The table has
        // states × classes slots: it is filled through unsafe buffers, since array writes in this
        // loop each cost a uniqueness check and a bounds check.
        var fail = [Int32](repeating: 0, count: stateCount)
        var outputLink = [Int32](repeating: -1, count: stateCount)
        var queue = [Int32](repeating: 0, count: stateCount)
        var reports = [Bool](repeating: false, count: stateCount)
        table.withUnsafeMutableBufferPointer { table in
            fail.withUnsafeMutableBufferPointer { fail in
                outputLink.withUnsafeMutableBufferPointer { outputLink in
                    queue.withUnsafeMutableBufferPointer { queue in
                        var tail = 0
                        for cls in 0..<classCount {
                            let child = table[cls]
                            if child > 0 {
                                queue[tail] = child
                                tail += 1
                            } else {
                                table[cls] = 0
                            }
                        }
                        var head = 0
                        while head < tail {
                            let state = Int(queue[head])
                            head += 1
                            let failState = Int(fail[state])
                            outputLink[state] = ownCount[failState] == 0 ? outputLink[failState] : Int32(failState)
                            // Slots are below `table.count`: no arithmetic here can overflow.
                            let row = state &* classCount
                            let failRow = failState &* classCount
                            for cls in 0..<classCount {
                                let child = table[row &+ cls]
                                if child > 0 {
                                    fail[Int(child)] = table[failRow &+ cls]
                                    queue[tail] = child
                                    tail &+= 1
                                } else {
                                    table[row &+ cls] = table[failRow &+ cls]
                                }
                            }
                        }
                    }
                    reports.withUnsafeMutableBufferPointer { reports in
                        for state in 0..<stateCount { reports[state] = ownCount[state] > 0 || outputLink[state] > 0 }
                    }
                }
            }
            // Pre-multiply the targets so the scan does no multiplication, and negate those of states
            // that report a match, so the scan tests one sign bit.
            let scale = Int32(classCount)
            reports.withUnsafeBufferPointer { reports in
                for slot in 0..<table.count {
                    let target = table[slot]
                    let scaled = target &* scale
                    table[slot] = reports[Int(target)] ? 0 &- scaled : scaled
                }
            }
        }

        var outputStart = [Int32](repeating: 0, count: stateCount + 1)
        for state in 0..<stateCount { outputStart[state + 1] = outputStart[state] + ownCount[state] }
        var outputList = [Int32](repeating: 0, count: endings.count)
        var fill = outputStart
        // Keep each state's patterns in pattern order, as the trie insertion did.
        for ending in endings {
            outputList[Int(fill[Int(ending.state)])] = ending.pattern
            fill[Int(ending.state)] += 1
        }

        var patternLength: [Int32] = []
        var patternFlags: [UInt8] = []
        var tagStart: [Int32] = [0]
        var tagList: [Int32] = []
        patternLength.reserveCapacity(patterns.count)
        for pattern in patterns {
            patternLength.append(Int32(pattern.bytes.count))
            patternFlags.append((pattern.openStart ? 1 : 0) | (pattern.openEnd ? 2 : 0))
            tagList += pattern.tags
            tagStart.append(Int32(tagList.count))
        }

        self.classOf = classOf
        self.classCount = classCount
        self.delta = table
        self.outputStart = outputStart
        self.outputList = outputList
        self.outputLink = outputLink
        self.patternLength = patternLength
        self.patternFlags = patternFlags
        self.tagStart = tagStart
        self.tagList = tagList
        self.maxPatternLength = Int(patternLength.max() ?? 0)
    }

    /// Every phrase occurrence in `bytes` that respects word boundaries, in order of its end.
    ///
    /// A long text is scanned as two halves in one loop: each step waits for a table load, and the
    /// steps of the two halves do not depend on each other, so the processor overlaps them. The second
    /// half's state is recovered by first reading the `maxPatternLength` bytes before it without
    /// reporting; its matches all end after the first half's, so the two lists joined are in the order
    /// one pass gives.
    func matches(in bytes: [UInt8]) -> [PhraseMatch] {
        let count = bytes.count
        let middle = count / 2
        var first: [PhraseMatch] = []
        var second: [PhraseMatch] = []
        // About one match in 40 bytes of mail text: room for most texts without growing.
        first.reserveCapacity(count / 32 + 8)
        if middle >= 4 * max(maxPatternLength, 64) { second.reserveCapacity(count / 64 + 8) }
        let classCount = Int32(self.classCount)
        let split = middle >= 4 * max(maxPatternLength, 64)
        bytes.withUnsafeBufferPointer { text in
            classOf.withUnsafeBufferPointer { classOf in
                delta.withUnsafeBufferPointer { delta in
                    var rowA: Int32 = 0
                    guard split else {
                        for index in 0..<count {
                            rowA = delta[Int(rowA &+ classOf[Int(text[index])])]
                            if rowA < 0 {
                                rowA = -rowA
                                collect(state: Int(rowA / classCount), end: index + 1, text: text, into: &first)
                            }
                        }
                        return
                    }
                    // The state at `middle`, from the bytes just before it.
                    var rowB: Int32 = 0
                    for index in (middle - maxPatternLength)..<middle {
                        rowB = delta[Int(rowB &+ classOf[Int(text[index])])]
                        if rowB < 0 { rowB = -rowB }
                    }
                    for index in 0..<middle {
                        rowA = delta[Int(rowA &+ classOf[Int(text[index])])]
                        rowB = delta[Int(rowB &+ classOf[Int(text[middle + index])])]
                        if rowA < 0 {
                            rowA = -rowA
                            collect(state: Int(rowA / classCount), end: index + 1, text: text, into: &first)
                        }
                        if rowB < 0 {
                            rowB = -rowB
                            collect(state: Int(rowB / classCount), end: middle + index + 1, text: text, into: &second)
                        }
                    }
                    for index in (2 * middle)..<count {
                        rowB = delta[Int(rowB &+ classOf[Int(text[index])])]
                        if rowB < 0 {
                            rowB = -rowB
                            collect(state: Int(rowB / classCount), end: index + 1, text: text, into: &second)
                        }
                    }
                }
            }
        }
        if !second.isEmpty { first += second }
        return first
    }

    private func collect(state: Int, end: Int, text: UnsafeBufferPointer<UInt8>, into found: inout [PhraseMatch]) {
        var output = state
        if outputStart[output] == outputStart[output + 1] { output = Int(outputLink[output]) }
        while output > 0 {
            report(state: output, end: end, text: text, into: &found)
            output = Int(outputLink[output])
        }
    }

    private func report(state: Int, end: Int, text: UnsafeBufferPointer<UInt8>, into found: inout [PhraseMatch]) {
        for slot in Int(outputStart[state])..<Int(outputStart[state + 1]) {
            let pattern = Int(outputList[slot])
            let start = end - Int(patternLength[pattern])
            let flags = patternFlags[pattern]
            if flags & 1 == 0 && ByteClass.isWordAt(text, start) && ByteClass.isWordBefore(text, start) { continue }
            if flags & 2 == 0 && ByteClass.isWordBefore(text, end) && ByteClass.isWordAt(text, end) { continue }
            for tagSlot in Int(tagStart[pattern])..<Int(tagStart[pattern + 1]) {
                found.append(PhraseMatch(tag: tagList[tagSlot], start: start, end: end))
            }
        }
    }
}
