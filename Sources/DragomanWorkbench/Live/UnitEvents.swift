import DragomanText
import Foundation
import Synchronization

/// Live updates for open pages: every save through this server is published to every listener
/// (the pages' server-sent event streams), so that a unit someone else saved shows without a
/// reload.
public final class UnitEvents: Sendable {
    public enum Event: Sendable {
        /// A unit was saved; `client` names the page that saved it (which already shows it).
        case unit(UnitView, author: String, client: String?)
        /// A document's units were joined or split: its pages reload their grid.
        case document(Int64, author: String)

        var document: Int64 {
            switch self {
            case .unit(let unit, _, _): unit.document
            case .document(let id, _): id
            }
        }

        /// The event in the text/event-stream format.
        var message: String {
            struct UnitMessage: Encodable {
                var unit: UnitView
                var author: String
                var client: String?
            }
            struct DocumentMessage: Encodable {
                var document: Int64
                var author: String
            }
            switch self {
            case .unit(let unit, let author, let client):
                let data =
                    (try? JSONFormat.compactText(UnitMessage(unit: unit, author: author, client: client))) ?? "{}"
                return "event: unit\ndata: \(data)\n\n"
            case .document(let id, let author):
                let data = (try? JSONFormat.compactText(DocumentMessage(document: id, author: author))) ?? "{}"
                return "event: document\ndata: \(data)\n\n"
            }
        }
    }

    private let listeners = Mutex<[UUID: (document: Int64?, continuation: AsyncStream<String>.Continuation)]>([:])
    /// A page that stops reading cannot hold a server's memory: older events are dropped.
    static let bufferedEvents = 256

    public init() {}

    public func publish(_ event: Event) {
        let message = event.message
        listeners.withLock { listeners in
            for listener in listeners.values where listener.document == nil || listener.document == event.document {
                listener.continuation.yield(message)
            }
        }
    }

    /// A comment line to every stream (ignored by pages; a stream whose page is gone fails to write it).
    public func heartbeat() {
        listeners.withLock { listeners in
            for listener in listeners.values { listener.continuation.yield(": still here\n\n") }
        }
    }

    /// The messages for one document (all documents when nil), until the page goes away.
    public func subscribe(document: Int64?) -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(
            bufferingPolicy: .bufferingNewest(Self.bufferedEvents))
        continuation.onTermination = { [weak self] _ in
            _ = self?.listeners.withLock { $0.removeValue(forKey: id) }
        }
        listeners.withLock { $0[id] = (document, continuation) }
        return stream
    }

    public var listenerCount: Int { listeners.withLock { $0.count } }

    /// Ends every stream (the server is shutting down).
    public func close() {
        let all = listeners.withLock { listeners in
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for listener in all {
            // A last line first: writing it fails on a connection the page already closed, which ends
            // that stream's response at once (finishing a response nobody reads would wait forever).
            listener.continuation.yield(": closing\n\n")
            listener.continuation.finish()
        }
    }
}
