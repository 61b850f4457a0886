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
        let acknowledged = Mutex<[(unit: Int64, text: String)]>([])
        let latencies = Mutex<[Double]>([])
        let refused = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        let started = DispatchTime.now()
        let group = DispatchGroup()
        for writer in 0..<writers {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do {
                    let client = BlockingClient(base: servers[writer % servers.count], token: token)
                    var random = SplitMix64(seed: UInt64(writer + 101))
                    var number = 0
                    while DispatchTime.now().uptimeNanoseconds < deadline {
                        let unitID = unitIDs[Int(random.next() % UInt64(unitIDs.count))]
                        let (status, read) = try client.send("GET", "/api/units/\(unitID)")
                        guard status == 200, let version = read["version"] as? Int else {
                            throw StoreBenchmarkError.writerFailed("GET /api/units/\(unitID): HTTP \(status)")
                        }
                        number += 1
                        let text = "web writer \(writer) save \(number)"
                        let began = DispatchTime.now()
                        let (saved, _) = try client.send(
                            "PUT", "/api/units/\(unitID)",
                            body: ["target": text, "status": "draft", "version": version, "author": "w\(writer)"])
                        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e6
                        switch saved {
                        case 200:
                            acknowledged.withLock { $0.append((unitID, text)) }
                            latencies.withLock { $0.append(elapsed) }
                        case 409: refused.add(1, ordering: .relaxed)
                        default: throw StoreBenchmarkError.writerFailed("PUT /api/units/\(unitID): HTTP \(saved)")
                        }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        group.wait()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        if let failure = failures.withLock({ $0.first }) { throw StoreBenchmarkError.writerFailed(failure) }
        return try summary(
            backend: backend, writers: writers, acknowledged: acknowledged.withLock { $0 },
            latencies: latencies.withLock { $0 }, refused: refused.load(ordering: .relaxed), seconds: elapsed,
            check: check)
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
