import AgencyKit
import ArgumentParser
import PluginHost

struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins", abstract: "Loaded and skipped plugins.", subcommands: [PluginsListCommand.self])
}

struct PluginsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List loaded plugins and skipped files with the reason.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case checker, exporter
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "List the checkers or exporters these plugins provide, with one line each.")
    var kind: Kind?

    @Option(help: "text or json.")
    var format: String = "text"

    struct Component: Encodable {
        var id: String
        var kind: String
        var summary: String
    }

    struct Listing: Encodable {
        var loaded: [LoadedPlugin]
        var skipped: [SkippedPlugin]
    }

    func run() throws {
        guard ["text", "json"].contains(format) else {
            throw ValidationError("unknown format '\(format)' for plugins list (available: text, json)")
        }
        let plugins = try global.session().plugins
        if let kind {
            let components: [Component] = kind == .exporter
                ? plugins.exporters.map { Component(id: $0.id, kind: "exporter", summary: $0.summary) }
                : plugins.messageCheckers.map { Component(id: $0.id, kind: "checker", summary: "\($0.rules.count) message rules") }
                    + plugins.ledgerCheckers.map { Component(id: $0.id, kind: "checker", summary: "\($0.rules.count) ledger rules") }
            if format == "json" {
                Output.line(try Output.json(components))
            } else {
                Output.line(Output.table(["ID", "KIND", "DESCRIPTION"], components.map { [$0.id, $0.kind, $0.summary] }))
            }
            return
        }
        if format == "json" {
            Output.line(try Output.json(Listing(loaded: plugins.loaded, skipped: plugins.skipped)))
            return
        }
        if plugins.loaded.isEmpty {
            Output.line("No plugins loaded. Build them with 'make build' ('swift run' builds only the executable).")
        } else {
            Output.line(Output.table(["PLUGIN", "KIND", "VERSION", "PROVIDES", "FILE"], plugins.loaded.map {
                [$0.id, $0.kind, $0.version, $0.provides.joined(separator: ","), $0.path]
            }))
        }
        if !plugins.skipped.isEmpty {
            Output.line("")
            Output.line("Skipped:")
            for skipped in plugins.skipped { Output.line("  \(skipped.path): \(skipped.reason)") }
        }
    }
}
