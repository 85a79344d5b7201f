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
struct PhraseAutomaton: Sendable {
    private let classOf: [Int32]
    private let classCount: Int
    private let delta: [Int32]
    /// Patterns ending at each state (own), as ranges into `outputList`.
    private let outputStart: [Int32]
    private let outputList: [Int32]
    /// Next state along the suffix chain that has outputs, or -1.
    private let outputLink: [Int32]
    private let patterns: [PhrasePattern]

    init(patterns: [PhrasePattern]) {
        self.patterns = patterns
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

        // Trie.
        var children: [[Int32: Int32]] = [[:]]
        var own: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() where !pattern.bytes.isEmpty {
            var state: Int32 = 0
            for byte in pattern.bytes {
                let cls = classOf[Int(byte)]
                if let next = children[Int(state)][cls] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    own.append([])
                    children[Int(state)][cls] = next
                    state = next
                }
            }
            own[Int(state)].append(Int32(index))
        }

        // Breadth-first: failure links, full transitions, output links.
        let stateCount = children.count
        var delta = [Int32](repeating: 0, count: stateCount * classCount)
        var fail = [Int32](repeating: 0, count: stateCount)
        var outputLink = [Int32](repeating: -1, count: stateCount)
        var queue: [Int32] = []
        queue.reserveCapacity(stateCount)
        for (cls, child) in children[0] {
            delta[Int(cls)] = child
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            let failState = Int(fail[state])
            outputLink[state] = own[failState].isEmpty ? outputLink[failState] : Int32(failState)
            for cls in 0..<classCount {
                if let child = children[state][Int32(cls)] {
                    fail[Int(child)] = delta[failState * classCount + cls]
                    delta[state * classCount + cls] = child
                    queue.append(child)
                } else {
                    delta[state * classCount + cls] = delta[failState * classCount + cls]
                }
            }
        }
        // Root self-loops for class 0 and unknown classes are already 0.
        var outputStart = [Int32](repeating: 0, count: stateCount + 1)
        var outputList: [Int32] = []
        for state in 0..<stateCount {
            outputStart[state] = Int32(outputList.count)
            outputList += own[state]
        }
        outputStart[stateCount] = Int32(outputList.count)

        self.classOf = classOf
        self.classCount = classCount
        self.delta = delta
        self.outputStart = outputStart
        self.outputList = outputList
        self.outputLink = outputLink
    }

    /// Every phrase occurrence in `bytes` that respects word boundaries, in order of its end.
    func matches(in bytes: [UInt8]) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        bytes.withUnsafeBufferPointer { text in
            classOf.withUnsafeBufferPointer { classOf in
                delta.withUnsafeBufferPointer { delta in
                    var state = 0
                    let classCount = self.classCount
                    for index in 0..<text.count {
                        state = Int(delta[state * classCount + Int(classOf[Int(text[index])])])
                        if state == 0 { continue }
                        var output = state
                        if outputStart[output] == outputStart[output + 1] { output = Int(outputLink[output]) }
                        while output > 0 {
                            report(state: output, end: index + 1, text: text, into: &found)
                            output = Int(outputLink[output])
                        }
                    }
                }
            }
        }
        return found
    }

    private func report(state: Int, end: Int, text: UnsafeBufferPointer<UInt8>, into found: inout [PhraseMatch]) {
        for slot in Int(outputStart[state])..<Int(outputStart[state + 1]) {
            let pattern = patterns[Int(outputList[slot])]
            let start = end - pattern.bytes.count
            if !pattern.openStart && ByteClass.isWordAt(text, start) && ByteClass.isWordBefore(text, start) { continue }
            if !pattern.openEnd && ByteClass.isWordBefore(text, end) && ByteClass.isWordAt(text, end) { continue }
            for tag in pattern.tags { found.append(PhraseMatch(tag: tag, start: start, end: end)) }
        }
    }
}
