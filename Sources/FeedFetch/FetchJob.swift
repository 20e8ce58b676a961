/// A request of one batch, waiting for a slot or running.
struct FetchJob: Sendable {
    /// The `fetch` call it came from.
    let batch: Int
    let request: FetchRequest
    /// The host name its per-host slot is counted against.
    let host: String
}
