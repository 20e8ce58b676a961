import ArgumentParser
import FeedModel

/// `feedbridge`: the city feed aggregator's command line.
@main
struct FeedBridgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedbridge",
        abstract: "Fetch, merge and republish a city's portal news as one feed.",
        version: FeedBridgeVersion.generator,
        subcommands: [
            DemoCommand.self, RunCommand.self, CheckCommand.self, ParseCommand.self, FetchCommand.self,
            SimulateCommand.self, ExplainCommand.self, ServeCommand.self,
        ]
    )
}
