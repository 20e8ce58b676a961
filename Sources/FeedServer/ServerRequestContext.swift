import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage and the client's address (for
/// `server.metrics_allow`); nil in router tests, which have no socket.
struct ServerRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
