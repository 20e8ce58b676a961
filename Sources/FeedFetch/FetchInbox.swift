import Synchronization

/// The mailbox between callers (any thread or task) and the fetch loop's thread:
/// new batches, cancellations and the stop signal, each followed by a multi wakeup.
final class FetchInbox: Sendable {
    /// The requests of one `fetch` call and where their results go.
    struct Batch: Sendable {
        let id: Int
        let requests: [FetchRequest]
        let results: AsyncStream<FetchResult>.Continuation
    }

    /// Everything posted since the loop last looked.
    struct Mail: Sendable {
        var batches: [Batch] = []
        var cancelled: [Int] = []
        var stopping = false
    }

    private struct State: Sendable {
        var mail = Mail()
        var nextID = 0
        /// Set when the loop has ended on a libcurl failure; later batches fail at once.
        var closed: FetchSetupError?
    }

    /// The loop's multi handle; the inbox only ever wakes it.
    let multi: CurlMulti
    private let state = Mutex(State())

    init(multi: CurlMulti) {
        self.multi = multi
    }

    /// Hands `requests` to the loop; their results arrive on the returned stream.
    func post(_ requests: [FetchRequest]) -> AsyncStream<FetchResult> {
        let (stream, results) = AsyncStream.makeStream(of: FetchResult.self, bufferingPolicy: .unbounded)
        let closed: FetchSetupError? = state.withLock { state in
            if let closed = state.closed { return closed }
            let id = state.nextID
            state.nextID += 1
            results.onTermination = { [weak self] termination in
                if case .cancelled = termination { self?.cancel(id) }
            }
            state.mail.batches.append(Batch(id: id, requests: requests, results: results))
            return nil
        }
        if let closed {
            Self.fail(Batch(id: -1, requests: requests, results: results), with: closed)
        } else {
            multi.wakeup()
        }
        return stream
    }

    /// Tells the loop to drop a batch whose results nobody waits for any more.
    func cancel(_ id: Int) {
        state.withLock { $0.mail.cancelled.append(id) }
        multi.wakeup()
    }

    /// Tells the loop to end once the work it has is done.
    func stop() {
        state.withLock { $0.mail.stopping = true }
        multi.wakeup()
    }

    /// Takes everything posted so far (the loop's side).
    func collect() -> Mail {
        state.withLock { state in
            defer { state.mail = Mail() }
            return state.mail
        }
    }

    /// Refuses all later batches with `error` and fails those not yet collected (the loop's side).
    func close(with error: FetchSetupError) {
        let uncollected = state.withLock { state in
            state.closed = error
            defer { state.mail = Mail() }
            return state.mail.batches
        }
        for batch in uncollected { Self.fail(batch, with: error) }
    }

    /// Finishes `batch` with every request failed by `error`.
    static func fail(_ batch: Batch, with error: FetchSetupError) {
        for request in batch.requests {
            batch.results.yield(.failure(request, FetchError(url: request.url, setupError: error)))
        }
        batch.results.finish()
    }
}
