import CLibXML2
import Foundation

/// One-time, process-wide libxml2 set-up.
enum LibXML2 {
    /// Initialises libxml2 once and installs an external-entity loader that refuses
    /// everything: no document can make libxml2 read a local file or the network,
    /// whatever options a parser is given (defence in depth behind `XML_PARSE_NONET`).
    static let initialized: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()
}
