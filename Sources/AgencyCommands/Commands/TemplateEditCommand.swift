import AgencyCore
import AgencyKit
import ArgumentParser
import Foundation

struct TemplateEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit a template in $VISUAL or $EDITOR; the result is validated before it replaces the template.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "SELLER/NAME")
    var reference: String

    func run() throws {
        let session = try global.session()
        let workspace = try session.requireWorkspace()
        let ref = try TemplateReference(reference)
        let path = workspace.templatePath(seller: ref.seller, name: ref.name)
        let original = try TextFile.read(path: path, displayPath: workspace.displayPath(path))
        let draft = FileManager.default.temporaryDirectory.appendingPathComponent("agency-\(ref.seller)-\(ref.name)-\(getpid()).tmpl")
        try original.write(to: draft, atomically: true, encoding: .utf8)
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "agency-edit", draft.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw UsageError("the editor '\(editor)' exited with status \(process.terminationStatus); the template was not changed (draft kept at \(draft.path))")
        }
        let edited = try TextFile.read(path: draft.path)
        guard edited != original else {
            try? FileManager.default.removeItem(at: draft)
            Output.line("No changes.")
            return
        }
        do {
            try workspace.saveTemplate(seller: ref.seller, name: ref.name, source: edited, replace: true)
        } catch let error as InputError {
            throw InputError(file: error.file, line: error.line, field: error.field,
                             "\(error.message); the template was not changed (your edit is kept at \(draft.path))")
        }
        try? FileManager.default.removeItem(at: draft)
        try session.audit("template edit", detail: "\(ref.seller)/\(ref.name)")
        Output.line("Saved template \(ref.seller)/\(ref.name).")
    }
}
