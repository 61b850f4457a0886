import Foundation

/// Runs async work (the workbench's server, its benchmark) from a synchronous command, waiting
/// for it on this thread.
enum AsyncRunner {
    static func result<Value>(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// Written by the task before it signals, read by the waiting thread after: never at once.
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}
