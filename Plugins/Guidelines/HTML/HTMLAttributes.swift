/// An element's attributes by lower-cased name, a later one of the same name replacing the earlier.
/// Elements have a handful at most, so they are kept in order and searched in turn: cheaper than
/// hashing the name for every one of the many lookups the walk makes per element.
struct HTMLAttributes {
    private var pairs: [(name: String, value: String)] = []

    subscript(name: String) -> String? {
        get {
            for pair in pairs where pair.name == name { return pair.value }
            return nil
        }
        set {
            if let index = pairs.firstIndex(where: { $0.name == name }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }
}
