import Foundation

/// TEMPORARY until FeedFetch lands.
enum DocumentDownload {
    struct Document { var body: [UInt8]; var finalURL: String; var contentType: String? }
    static func fetch(_ url: String) async throws -> Document {
        throw CocoaError(.featureUnsupported)
    }
}
