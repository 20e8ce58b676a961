import FeedParse
import Foundation

/// `feedbridge parse --bench DIR`: parses every file under a folder in one process and
/// prints `{"files":N,"bytes":B,"items":I,"seconds":S,"failures":F}`, so a benchmark
/// measures parsing rather than process start-up.
struct ParseBenchmark {
    let options: ParseOptions

    func run(directory: String) throws {
        let files = try Self.files(under: directory)
        let parser = FeedParser(options: options)
        var bytes = 0, items = 0, failures = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for file in files {
                bytes += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
                do {
                    items += try parser.parse(contentsOfFile: file).items.count
                } catch {
                    failures += 1
                    FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
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
