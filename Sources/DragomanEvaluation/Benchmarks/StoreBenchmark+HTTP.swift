import DragomanStore
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension StoreBenchmark {
    /// Writers as a browser's would be: each sends its saves through one of `servers` (workbench
    /// addresses, taken in turn), reading the unit's version and saving based on it, for
    /// `seconds`. A refusal (409: the unit changed since) is counted and the writer goes on;
    /// afterwards every acknowledged save is looked for in its unit's history through `check`.
    public static func httpWriters(
        backend: String, servers: [URL], token: String, check: any ProjectStore, unitIDs: [Int64], writers: Int,
        seconds: Double
    ) throws -> Writers {
        try measure(backend: backend, writers: writers, seconds: seconds, unitIDs: unitIDs, check: check) { writer in
            let client = BlockingClient(base: servers[writer % servers.count], token: token)
            return { random, number in
                let unitID = unitIDs[Int(random.next() % UInt64(unitIDs.count))]
                let (status, read) = try client.send("GET", "/api/units/\(unitID)")
                guard status == 200, let version = read["version"] as? Int else {
                    throw StoreBenchmarkError.writerFailed("GET /api/units/\(unitID): HTTP \(status)")
                }
                let text = "web writer \(writer) save \(number)"
                let began = DispatchTime.now()
                let (saved, _) = try client.send(
                    "PUT", "/api/units/\(unitID)",
                    body: ["target": text, "status": "draft", "version": version, "author": "w\(writer)"])
                switch saved {
                case 200: return .saved(unit: unitID, text: text, milliseconds: milliseconds(since: began))
                case 409: return .refused
                default: throw StoreBenchmarkError.writerFailed("PUT /api/units/\(unitID): HTTP \(saved)")
                }
            }
        }
    }
}

/// One HTTP/1.1 request at a time to a workbench, waited for: a writer's thread is the client.
final class BlockingClient: @unchecked Sendable {
    let base: URL
    let token: String
    let session: URLSession

    init(base: URL, token: String) {
        self.base = base
        self.token = token
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 1
        session = URLSession(configuration: configuration)
    }

    deinit { session.invalidateAndCancel() }

    /// The status and the JSON object of the answer (empty when it is none).
    func send(_ method: String, _ path: String, body: [String: Any]? = nil) throws -> (Int, [String: Any]) {
        var request = URLRequest(url: base.appendingPathComponent(path))
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.timeoutInterval = 60
        if let body {
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var answer: (Data?, URLResponse?, (any Error)?) = (nil, nil, nil)
        session.dataTask(with: request) { data, response, error in
            answer = (data, response, error)
            done.signal()
        }.resume()
        done.wait()
        if let error = answer.2 { throw StoreBenchmarkError.writerFailed("\(method) \(path): \(error)") }
        let status = (answer.1 as? HTTPURLResponse)?.statusCode ?? 0
        let object = answer.0.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
        return (status, object)
    }
}
