import ArgumentParser
import Foundation

extension ExitCode {
    /// Prints `message` on standard error and gives the exit code to throw, so that a
    /// command fails by `throw ExitCode.printing(…, code: 2)` and never calls `exit()`.
    static func printing(_ message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode(code)
    }
}
