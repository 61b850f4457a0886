/// A BCP 47 language tag such as `de`, `en-GB` or `sr-Latn`.
public struct LanguageCode: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The tag as given, with subtags in their conventional case (`en-GB`, `sr-Latn`).
    public let tag: String

    /// Validates the tag's shape (letters and digits in subtags of 1–8, separated by `-` or `_`).
    public init?(_ tag: String) {
        let subtags = tag.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = subtags.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var canonical: [String] = [first.lowercased()]
        for subtag in subtags.dropFirst() {
            guard (1...8).contains(subtag.count), subtag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
            else { return nil }
            switch subtag.count {
            case 2 where subtag.allSatisfy({ $0.isLetter }): canonical.append(subtag.uppercased())
            case 4 where subtag.allSatisfy({ $0.isLetter }):
                canonical.append(subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased())
            default: canonical.append(subtag.lowercased())
            }
        }
        self.tag = canonical.joined(separator: "-")
    }

    public init(stringLiteral value: String) {
        guard let code = LanguageCode(value) else { preconditionFailure("invalid BCP 47 tag \(value)") }
        self = code
    }

    /// The primary language subtag (`de` for `de-AT`).
    public var language: String { String(tag.prefix(while: { $0 != "-" })) }

    /// The tag as an ICU locale ID (`de_AT`).
    public var icuLocale: String { tag.replacingOccurrences(of: "-", with: "_") }

    public var description: String { tag }

    public static let german: LanguageCode = "de"
    public static let english: LanguageCode = "en"
}

extension LanguageCode {
    /// Encoded as its tag, `"de-AT"`, as files and JSON write languages.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let tag = try container.decode(String.self)
        guard let code = LanguageCode(tag) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a BCP 47 language tag: \(tag)")
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }
}
