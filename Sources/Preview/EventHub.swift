import Foundation

/// Server-sent events to every open preview page: which cell is running, and when a
/// lesson's page is new. Subscribers come and go with their HTTP connections; callable
/// from any thread (the lesson runs on its own).
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    private var closed = false

    /// A stream of SSE messages (already framed) that ends when the server stops.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(256))
        let id = UUID()
        let accepted: Bool = lock.withLock {
            guard !closed else { return false }
            subscribers[id] = continuation
            return true
        }
        if !accepted { continuation.finish() }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends the event `name` with `data` (one line of JSON) to every subscriber.
    func publish(_ name: String, _ data: String) {
        send("event: \(name)\ndata: \(data)\n\n")
    }

    /// A comment line: keeps idle connections open and finds the closed ones.
    func heartbeat() {
        send(": heartbeat\n\n")
    }

    /// Ends every stream, so that the server's graceful shutdown is not kept waiting.
    func close() {
        let all: [AsyncStream<String>.Continuation] = lock.withLock {
            closed = true
            defer { subscribers.removeAll() }
            return Array(subscribers.values)
        }
        all.forEach { $0.finish() }
    }

    var subscriberCount: Int { lock.withLock { subscribers.count } }

    private func send(_ message: String) {
        let all = lock.withLock { Array(subscribers.values) }
        for continuation in all { continuation.yield(message) }
    }
}

/// JSON for an event's data line (a string literal or an object of simple values).
enum EventJSON {
    static func object(_ fields: [(String, Any)]) -> String {
        "{" + fields.map { key, value in
            let text: String
            switch value {
            case let s as String: text = string(s)
            case let n as Int: text = String(n)
            case let b as Bool: text = b ? "true" : "false"
            default: text = string("\(value)")
            }
            return string(key) + ":" + text
        }.joined(separator: ",") + "}"
    }

    /// A JSON string literal, also safe inside an HTML <script> element.
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += String(format: "\\u%04x", u.value)
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
