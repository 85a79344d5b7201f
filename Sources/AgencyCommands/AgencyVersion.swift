/// The version `agency --version` prints.
public enum AgencyVersion {
    public static let current = "0.1.0"
}
