import FeedConfig
import FeedServer
import Foundation

extension ServerSettings {
    /// The server of a configuration, serving `directory` (the resolved `output.dir`).
    init(_ configuration: Configuration, directory: URL) {
        let server = configuration.server
        self.init(
            directory: directory.path, listen: server.listen, cors: server.cors,
            cacheMaxAge: Int(server.cacheMaxAge.components.seconds), metricsAllow: server.metricsAllow
        )
    }
}
