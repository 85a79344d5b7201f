/// An element's attributes by lower-cased name. Most elements have none, and then a lookup does
/// not hash its key.
struct HTMLAttributes {
    private var values: [String: String] = [:]

    subscript(name: String) -> String? {
        get { values.isEmpty ? nil : values[name] }
        set { values[name] = newValue }
    }
}
