import CCurl

/// The event loop on the fetcher's own thread: queues requests, starts them within the
/// global and per-host limits, drives libcurl's multi handle and delivers the results.
///
/// Everything here is confined to that one thread; other threads reach it only through
/// the `FetchInbox`.
final class FetchLoop {
    private let inbox: FetchInbox
    private let configuration: FetchConfiguration
    private var multi: CurlMulti { inbox.multi }
    /// Results still owed per batch.
    private var batches: [Int: (results: AsyncStream<FetchResult>.Continuation, remaining: Int)] = [:]
    /// Requests waiting for a slot, in arrival order.
    private var waiting: [FetchJob] = []
    /// Running transfers by easy handle.
    private var running: [UnsafeMutableRawPointer: Transfer] = [:]
    private var runningPerHost: [String: Int] = [:]
    private var stopping = false

    init(inbox: FetchInbox, configuration: FetchConfiguration) {
        self.inbox = inbox
        self.configuration = configuration
    }

    /// Runs until stopped with no work left, or until libcurl's multi handle fails.
    func run() {
        do {
            while true {
                try readMail()
                try startWaiting()
                if stopping, running.isEmpty, waiting.isEmpty { return }
                try multi.perform()
                let finished = multi.finishedTransfers()
                for (easy, code) in finished { try complete(easy, code: code) }
                // Freed slots are filled at once; otherwise wait for sockets, timers or mail.
                if finished.isEmpty { try multi.poll(milliseconds: 1000) }
            }
        } catch {
            inbox.close(with: error)
            failEverything(with: error)
        }
    }

    private func readMail() throws(FetchSetupError) {
        let mail = inbox.collect()
        for batch in mail.batches {
            batches[batch.id] = (batch.results, batch.requests.count)
            waiting += batch.requests.map { FetchJob(batch: batch.id, request: $0, host: $0.hostKey) }
            if batch.requests.isEmpty { batch.results.finish() }
        }
        for id in mail.cancelled { try cancel(id) }
        stopping = stopping || mail.stopping
    }

    /// Starts waiting requests in order while there are free slots; a request whose host
    /// is full keeps its place and lets later ones of other hosts go first.
    private func startWaiting() throws(FetchSetupError) {
        guard !waiting.isEmpty, running.count < configuration.maxConcurrent else { return }
        var stillWaiting: [FetchJob] = []
        var index = 0
        while index < waiting.count, running.count < configuration.maxConcurrent {
            let job = waiting[index]
            index += 1
            if runningPerHost[job.host, default: 0] < configuration.maxPerHost {
                try start(job)
            } else {
                stillWaiting.append(job)
            }
        }
        stillWaiting += waiting[index...]
        waiting = stillWaiting
    }

    private func start(_ job: FetchJob) throws(FetchSetupError) {
        let transfer: Transfer
        do {
            transfer = try Transfer(job: job, configuration: configuration)
        } catch {
            deliver(.failure(job.request, error), batch: job.batch)
            return
        }
        try multi.add(transfer.handle)
        running[transfer.handle] = transfer
        runningPerHost[job.host, default: 0] += 1
    }

    private func complete(_ easy: UnsafeMutableRawPointer, code: CURLcode) throws(FetchSetupError) {
        guard let transfer = running.removeValue(forKey: easy) else { return }
        try multi.remove(easy)
        runningPerHost[transfer.job.host, default: 1] -= 1
        deliver(transfer.result(code: code), batch: transfer.job.batch)
    }

    private func deliver(_ result: FetchResult, batch id: Int) {
        guard var batch = batches[id] else { return }
        batch.results.yield(result)
        batch.remaining -= 1
        if batch.remaining == 0 {
            batch.results.finish()
            batches[id] = nil
        } else {
            batches[id] = batch
        }
    }

    /// Drops a batch whose stream was cancelled: its waiting requests and running transfers.
    private func cancel(_ id: Int) throws(FetchSetupError) {
        guard batches.removeValue(forKey: id) != nil else { return }
        waiting.removeAll { $0.batch == id }
        for (easy, transfer) in running where transfer.job.batch == id {
            running[easy] = nil
            runningPerHost[transfer.job.host, default: 1] -= 1
            try multi.remove(easy)
        }
    }

    /// Fails every waiting and running request after the multi handle broke.
    private func failEverything(with error: FetchSetupError) {
        let jobs = waiting + running.values.map(\.job)
        waiting = []
        running = [:]  // each transfer's deinit frees its easy handle
        for job in jobs {
            deliver(.failure(job.request, FetchError(url: job.request.url, setupError: error)), batch: job.batch)
        }
    }
}
