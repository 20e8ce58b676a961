import ArgumentParser
import FeedModel
import FeedServer
import Foundation
import Hummingbird

/// `feedbridge serve`: only the HTTP server, on the output folder another process (a
/// `run --once` from cron) publishes into.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the published files of output.dir on server.listen, without fetching.",
        discussion: """
            The files as `run` serves them (strong ETags, 304, gzip siblings, Cache-Control, CORS), \
            with /healthz and /readyz (ready once the folder exists); /status and /metrics belong \
            to `run`. Ctrl-C or SIGTERM stops it.
            """
    )

    @OptionGroup var configFile: ConfigFileOption

    @Option(help: ArgumentHelp("Listen here instead of server.listen (port 0 picks a free one).", valueName: "HOST:PORT"))
    var listen: String?

    func run() async throws {
        let configuration = try configFile.load()
        var settings = ServerSettings(configuration, directory: configFile.directory.resolvingConfigPath(configuration.output.dir))
        if let listen {
            guard let address = ListenAddress(listen) else {
                throw ExitCode.printing("serve: bad --listen '\(listen)': expected host:port, e.g. 127.0.0.1:8080", code: 1)
            }
            settings.listen = address
        }
        let served = settings
        let app = buildApplication(served) { port in
            ServiceRunner.say("Serving \(served.directory) on http://\(ListenAddress(host: served.listen.host, port: port))/")
        }
        try await app.runService()
    }
}
