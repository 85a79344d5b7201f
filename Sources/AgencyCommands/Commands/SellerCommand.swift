import ArgumentParser

struct SellerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seller", abstract: "Manage client seller accounts.",
        subcommands: [SellerAddCommand.self, SellerListCommand.self, SellerShowCommand.self, SellerRemoveCommand.self])
}
