import Foundation
import Synchronization

/// A task executor with threads of its own: jobs enqueued on it run on one of its
/// `threadCount` threads, never on Swift's cooperative pool (as many threads as cores).
///
/// Work that blocks a thread — an SQLite write, a libxml2 parse of a large body, a
/// loopback server's handler next to them — runs here so that it cannot starve the
/// tasks waiting on the cooperative pool, nor be starved by them.
///
/// ```swift
/// let feed = try await withTaskExecutorPreference(Executors.aggregation) {
///     try FeedParser(options: options).parse(body)   // runs on an aggregation thread
/// }
/// ```
public final class WorkerPool: TaskExecutor {
    /// The name of the pool's threads (`<name>-1`, `<name>-2`, …), as a debugger shows them.
    public let name: String
    public let threadCount: Int
    private let jobs = Mutex(JobQueue())
    /// Counts the queued jobs; each thread takes one per signal.
    private let queued = DispatchSemaphore(value: 0)

    /// Starts `threadCount` threads (at least one) that live as long as the process.
    public init(name: String, threadCount: Int) {
        self.name = name
        self.threadCount = max(1, threadCount)
        for number in 1...self.threadCount {
            let threadName = "\(name)-\(number)"
            let thread = Thread { [self] in
                // Foundation on Linux leaves the system's name (what `top -H`, gdb and
                // `Thread.current.name` show) the creating thread's; Glibc's module has no
                // pthread_setname_np. Linux keeps 15 bytes.
                try? threadName.write(toFile: "/proc/thread-self/comm", atomically: false, encoding: .utf8)
                work()
            }
            thread.name = threadName
            thread.start()
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        queued.signal()
    }

    private func work() {
        let executor = asUnownedTaskExecutor()
        while true {
            queued.wait()
            guard let job = jobs.withLock({ $0.next() }) else { continue }
            job.runSynchronously(on: executor)
        }
    }
}

/// Jobs in arrival order: a growing array read from a moving head, compacted when half read.
private struct JobQueue {
    private var jobs: [UnownedJob] = []
    private var head = 0

    mutating func append(_ job: UnownedJob) {
        jobs.append(job)
    }

    mutating func next() -> UnownedJob? {
        guard head < jobs.count else { return nil }
        let job = jobs[head]
        head += 1
        if head == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 64, head * 2 > jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        return job
    }
}
