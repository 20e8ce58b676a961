/// Errors of the portal simulator; each description starts with its stage.
public enum SimulatorError: Error, CustomStringConvertible, Sendable {
    case missingResource(String)
    case badUnitLine(Int, String)
    case serverFailed(String)

    public var description: String {
        switch self {
        case .missingResource(let name):
            "simulate: bundled resource \(name) is missing"
        case .badUnitLine(let line, let text):
            "simulate: hanoi-units.tsv:\(line): expected 6 tab-separated columns with a known type, got \(text)"
        case .serverFailed(let reason):
            "simulate: the HTTP server did not start: \(reason)"
        }
    }
}
