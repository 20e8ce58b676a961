import FeedParse
import Foundation
import Synchronization

/// `feedbridge parse --bench DIR`: parses every file under a folder in one process and
/// prints `{"files":N,"bytes":B,"items":I,"seconds":S,"failures":F}`, so a benchmark
/// measures parsing rather than process start-up.
struct ParseBenchmark {
    let options: ParseOptions
    /// Files parsed at the same time (each document is parsed by one thread).
    let jobs: Int

    func run(directory: String) throws {
        let files = try Self.files(under: directory)
        let parser = FeedParser(options: options)
        let totals = Mutex((bytes: 0, items: 0, failures: 0))
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            DispatchQueue.concurrentPerform(iterations: jobs) { job in
                for file in stride(from: job, to: files.count, by: jobs).map({ files[$0] }) {
                    let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
                    do {
                        let count = try parser.parse(contentsOfFile: file).items.count
                        totals.withLock { $0.bytes += size; $0.items += count }
                    } catch {
                        totals.withLock { $0.bytes += size; $0.failures += 1 }
                        FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
                    }
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let (bytes, items, failures) = totals.withLock { $0 }
        print(#"{"files":\#(files.count),"bytes":\#(bytes),"items":\#(items),"seconds":\#(seconds),"failures":\#(failures)}"#)
    }

    static func files(under directory: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else {
            throw ParseError.io(path: directory, message: "not a readable folder")
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let path = directory + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
