import ArgumentParser
import FeedBridge
import FeedConfig
import Foundation

/// What several commands share: loading feeds.yaml and reporting fatal errors.
enum CommandSupport {
    /// The validated configuration, or its problems on standard error and exit code 1.
    static func configuration(path: String) -> Configuration {
        do {
            return try ConfigLoader.load(path: path)
        } catch {
            fail("\(error)", code: 1)
        }
    }

    /// The aggregator for a configuration file; relative paths in it are relative to the file's folder.
    static func aggregator(configPath: String, configuration: Configuration? = nil) -> Aggregator {
        let configuration = configuration ?? Self.configuration(path: configPath)
        do {
            return try Aggregator(configuration: configuration, directory: directory(of: configPath))
        } catch {
            fail("\(error)", code: 2)
        }
    }

    /// The folder of a file path.
    static func directory(of path: String) -> URL {
        URL(fileURLWithPath: path).deletingLastPathComponent()
    }

    /// Prints `message` on standard error and exits.
    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(code)
    }
}
