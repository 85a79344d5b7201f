/// Tab completion as a pure function of the line typed so far: command and subcommand words,
/// the flags of the command being typed, and values (sellers, templates, rules, exporters, paths).
struct Completer {
    /// What to put in place of the word under the cursor.
    struct Result: Equatable {
        /// The word being completed, quotes and escapes removed (after `=` for `--option=value`).
        var word: String
        /// The same word as typed.
        var raw: String
        /// Whole replacements for `word`, sorted, each starting with `word`.
        var candidates: [String]
    }

    /// What kind of value an option or positional takes.
    enum ValueKind: Equatable {
        case sellers, templateReferences, templateNames, ruleIDs
        /// Exporter ids, or `ID:PATH`.
        case formatSpecs
        case paths(directoriesOnly: Bool)
        case values([String])
        case none
    }

    let catalog: CommandCatalog
    let source: any CompletionSource

    private static let workspaceOption = CommandCatalog.Argument(
        names: ["-w", "--workspace"], valueName: "workspace", completion: .directory)

    /// Candidates for the word that ends at `cursor` (a character offset into `line`).
    func complete(line: String, cursor: Int) -> Result {
        let typed = String(line.prefix(max(0, cursor)))
        let (words, current) = LineSplitter.splitPartial(typed)
        var values = words.map(\.value)
        if values.first == "agency" { values.removeFirst() }

        // `--option=value`: complete the value of that option.
        if current.value.hasPrefix("--"), let equals = current.value.firstIndex(of: "=") {
            let name = String(current.value[..<equals])
            let word = String(current.value[current.value.index(after: equals)...])
            let raw = current.raw.firstIndex(of: "=").map { String(current.raw[current.raw.index(after: $0)...]) } ?? word
            let state = walk(values)
            guard let option = state.command.option(name) ?? (Self.workspaceOption.names.contains(name) ? Self.workspaceOption : nil)
            else { return Result(word: word, raw: raw, candidates: []) }
            let kind = valueKind(of: option, path: state.path)
            return Result(word: word, raw: raw, candidates: candidates(kind, for: word, seller: state.lineSeller))
        }
        return Result(word: current.value, raw: current.raw, candidates: candidates(after: values, word: current.value))
    }

    private func candidates(after values: [String], word: String) -> [String] {
        guard let first = values.first else {
            if word.hasPrefix(".") { return filtered(ReplDirective.dotCommands.map(\.name), word) }
            return filtered(catalog.root.subcommands.map(\.name), word)
        }
        if first.hasPrefix(".") { return dotCommandCandidates(first, arguments: Array(values.dropFirst()), word: word) }

        let state = walk(values)
        if let pending = state.pendingOption {
            return candidates(valueKind(of: pending, path: state.path), for: word, seller: state.lineSeller)
        }
        if word.hasPrefix("-") {
            var options = state.command.options
            if state.path.isEmpty { options.append(Self.workspaceOption) }
            let unused = options.filter { $0.isRepeating || state.usedOptions.isDisjoint(with: $0.names) }
            return filtered(unused.flatMap(\.names), word)
        }
        if !state.command.subcommands.isEmpty && state.positionalCount == 0 {
            return filtered(state.command.subcommands.map(\.name), word)
        }
        let positionals = state.command.positionals
        let argument: CommandCatalog.Argument? = state.positionalCount < positionals.count
            ? positionals[state.positionalCount]
            : positionals.last.flatMap { $0.isRepeating ? $0 : nil }
        guard let argument else { return [] }
        return candidates(valueKind(of: argument, path: state.path), for: word, seller: state.lineSeller)
    }

    private func dotCommandCandidates(_ command: String, arguments: [String], word: String) -> [String] {
        switch command {
        case ".use" where arguments.isEmpty:
            return candidates(.sellers, for: word, seller: nil)
        case ".workspace" where arguments.isEmpty:
            return candidates(.paths(directoriesOnly: true), for: word, seller: nil)
        case ".help":
            var node = catalog.root
            for argument in arguments {
                guard let next = node.subcommand(argument) else { return [] }
                node = next
            }
            return filtered(node.subcommands.map(\.name).filter { $0 != "help" }, word)
        default:
            return []
        }
    }

    /// Where the finished words put us in the command tree.
    private struct WalkState {
        var command: CommandCatalog.Command
        var path: [String] = []
        var positionalCount = 0
        var pendingOption: CommandCatalog.Argument?
        var usedOptions: Set<String> = []
        var lineSeller: String?
    }

    private func walk(_ values: [String]) -> WalkState {
        var state = WalkState(command: catalog.root)
        var index = 0
        // The command path, allowing `-w PATH` before it as the CLI does.
        while index < values.count {
            let word = values[index]
            if Self.workspaceOption.names.contains(word), index + 1 < values.count {
                index += 2
            } else if word.hasPrefix("--workspace=") {
                index += 1
            } else if let next = state.command.subcommand(word) {
                state.command = next
                state.path.append(word)
                index += 1
            } else {
                break
            }
        }
        var afterDoubleDash = false
        for word in values[index...] {
            if let pending = state.pendingOption {
                if pending.names.contains("--seller") { state.lineSeller = word }
                state.pendingOption = nil
            } else if !afterDoubleDash && word == "--" {
                afterDoubleDash = true
            } else if !afterDoubleDash && word.hasPrefix("-") && word.count > 1 {
                let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
                state.usedOptions.insert(name)
                let option = state.command.option(name) ?? (Self.workspaceOption.names.contains(name) ? Self.workspaceOption : nil)
                if word.contains("=") {
                    if name == "--seller" { state.lineSeller = String(word.dropFirst("--seller=".count)) }
                } else if let option, option.takesValue {
                    state.pendingOption = option
                }
            } else {
                state.positionalCount += 1
            }
        }
        return state
    }

    /// What values `argument` of the command at `path` takes.
    func valueKind(of argument: CommandCatalog.Argument, path: [String]) -> ValueKind {
        // A closed list of values that ArgumentParser knows wins over guesses from the name.
        if case .values(let values) = argument.completion { return .values(values) }
        let name = argument.names.first { $0.hasPrefix("--") }.map { String($0.dropFirst(2)) } ?? argument.valueName
        switch name {
        case "seller": return .sellers
        case "format": return .formatSpecs
        case "template": return .templateNames
        case "reference", "ref": return .templateReferences
        case "rule": return .ruleIDs
        case "id" where argument.isPositional && path.first == "seller" && path.last != "add": return .sellers
        case "id" where argument.isPositional && path.first == "rules": return .ruleIDs
        default: break
        }
        switch argument.completion {
        case .values: break
        case .directory: return .paths(directoriesOnly: true)
        case .file: return .paths(directoriesOnly: false)
        case nil: break
        }
        return ["file", "files", "path", "paths", "output", "folder"].contains(name) ? .paths(directoriesOnly: false) : .none
    }

    private func candidates(_ kind: ValueKind, for word: String, seller: String?) -> [String] {
        switch kind {
        case .sellers:
            return filtered(source.sellerIDs(), word)
        case .templateNames:
            guard let seller = seller ?? source.currentSeller else { return [] }
            return filtered(source.templateNames(seller: seller), word)
        case .templateReferences:
            if let slash = word.firstIndex(of: "/") {
                let seller = String(word[..<slash])
                return filtered(source.templateNames(seller: seller).map { "\(seller)/\($0)" }, word)
            }
            let current = source.currentSeller.map { seller in source.templateNames(seller: seller).map { "\(seller)/\($0)" } } ?? []
            return filtered(source.sellerIDs().map { "\($0)/" } + current, word)
        case .ruleIDs:
            return filtered(source.ruleIDs(), word)
        case .formatSpecs:
            // `ID` or `ID:PATH`: after the colon, a path.
            if let colon = word.firstIndex(of: ":") {
                let id = word[...colon]
                return source.paths(startingWith: String(word[word.index(after: colon)...]), directoriesOnly: false)
                    .map { id + $0 }.filter { $0.hasPrefix(word) }.sorted()
            }
            return filtered(source.exporterIDs(), word)
        case .paths(let directoriesOnly):
            return source.paths(startingWith: word, directoriesOnly: directoriesOnly).filter { $0.hasPrefix(word) }.sorted()
        case .values(let values):
            return filtered(values, word)
        case .none:
            return []
        }
    }

    private func filtered(_ words: [String], _ prefix: String) -> [String] {
        Array(Set(words.filter { $0.hasPrefix(prefix) })).sorted()
    }
}
