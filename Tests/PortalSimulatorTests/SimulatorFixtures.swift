import Foundation
import CLibXML2
import PortalSimulator

/// Simulators shared by the tests that only read (starting one renders a whole city).
enum Simulators {
    /// The demo city without faults: 127 portals, seed 1.
    static let healthy = Task { try await started(SimulatorConfiguration.healthy(seed: 1)) }

    /// A city where one portal in ten fails, so every fault of the rotation is present.
    static let faulty = Task {
        var configuration = SimulatorConfiguration(seed: 5)
        configuration.faultShare = 0.1
        configuration.slowDelay = .milliseconds(200)
        return try await started(configuration)
    }

    static func started(_ configuration: SimulatorConfiguration) async throws -> PortalSimulator {
        let simulator = try PortalSimulator(configuration: configuration)
        try await simulator.start()
        return simulator
    }
}

extension PortalSimulator {
    /// The absolute URL of a path on the running simulator.
    func url(_ path: String) -> URL {
        URL(string: baseURL!.absoluteString + path)!
    }

    /// The running source URL of a portal.
    func url(of portal: SimulatedPortal) -> URL {
        url(portal.path)
    }
}

/// The name of the root element, or nil when the bytes are not well-formed XML
/// (libxml2 without recovery, as `xmllint --noout` checks).
func xmlRoot(_ bytes: [UInt8]) -> String? {
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.flatMap { base in
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlReadMemory($0, Int32(buffer.count), "feed.xml", nil, options) }
        }
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document), let name = root.pointee.name else { return nil }
    return String(cString: name)
}

/// The bytes of a gzip stream, decompressed by the system's `gzip`.
func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("simulator-\(UUID().uuidString).gz")
    try Data(bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-dc", file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
    return Array(data)
}

/// Every match of a regular expression's first capture group.
func captures(_ pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
        Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
}
