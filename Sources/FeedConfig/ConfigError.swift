/// Every problem found in a configuration file, in file order.
///
/// Its description has one line per problem: `feeds.yaml:LINE:COL: message`.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem at one place of the file.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file name as given to the loader.
        public var file: String
        /// The 1-based line.
        public var line: Int
        /// The 1-based column.
        public var column: Int
        /// What is wrong, and when possible how to fix it.
        public var message: String

        /// Creates a problem at a place of a file.
        public init(file: String, line: Int, column: Int, message: String) {
            self.file = file
            self.line = line
            self.column = column
            self.message = message
        }

        /// `file:line:column: message`.
        public var description: String { "\(file):\(line):\(column): \(message)" }
    }

    /// The problems, sorted by line then column.
    public var problems: [Problem]

    /// Creates an error from its problems, kept in the order given.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// One line per problem.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
