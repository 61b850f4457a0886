import CICU

/// An ICU status code (`UErrorCode`). ICU reports warnings as negative codes on success,
/// so only a positive code is a failure.
public struct ICUStatus: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let ok = ICUStatus(rawValue: 0)
    public static let bufferOverflow = ICUStatus(rawValue: 15)

    public var isFailure: Bool { rawValue > 0 }

    /// ICU's own name for the code, such as `U_INVALID_ID`.
    public var name: String { String(cString: dm_error_name(rawValue)) }

    public var description: String { "\(name) (\(rawValue))" }

    /// The version of the ICU library Dragoman is linked against.
    public static var icuVersion: String {
        var buffer = [CChar](repeating: 0, count: 32)
        dm_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A failed ICU call, with what Dragoman was doing when it failed.
public struct ICUError: DragomanError, Equatable, Sendable {
    public var status: ICUStatus
    /// What was being attempted, e.g. "opening transliterator `Russian-Latin/BGN`".
    public var operation: String
    /// Where in a rule text a syntax error was found, as 1-based line and column.
    public var ruleLocation: (line: Int, offset: Int)?

    public init(status: ICUStatus, operation: String, ruleLocation: (line: Int, offset: Int)? = nil) {
        self.status = status
        self.operation = operation
        self.ruleLocation = ruleLocation
    }

    public var location: ErrorLocation? { nil }

    public var problem: String {
        var text = "ICU failed while \(operation)"
        if let location = ruleLocation {
            text += " at rule line \(location.line), column \(location.offset)"
        }
        return text
    }

    public var cause: String? { status.description }

    public static func == (lhs: ICUError, rhs: ICUError) -> Bool {
        lhs.status == rhs.status && lhs.operation == rhs.operation
            && lhs.ruleLocation?.line == rhs.ruleLocation?.line
            && lhs.ruleLocation?.offset == rhs.ruleLocation?.offset
    }
}

extension ICUStatus {
    /// Throws `ICUError` when the status is a failure.
    func check(_ operation: @autoclosure () -> String) throws(ICUError) {
        if isFailure { throw ICUError(status: self, operation: operation()) }
    }
}
