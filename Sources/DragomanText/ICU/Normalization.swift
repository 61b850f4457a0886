import CICU

/// The Unicode normalisation forms Dragoman uses, backed by ICU's shared, thread-safe
/// `Normalizer2` instances.
public enum NormalizationForm: String, CaseIterable, Sendable {
    case nfc = "NFC"
    case nfd = "NFD"
    case nfkc = "NFKC"
    case nfkd = "NFKD"
    /// NFKC with case folding and removal of default-ignorable characters (soft hyphens,
    /// zero-width joiners, …): ICU's `nfkc_cf`.
    case nfkcCasefold = "NFKC_Casefold"

    var icuForm: Int32 {
        switch self {
        case .nfc: Int32(DM_NORM_NFC)
        case .nfd: Int32(DM_NORM_NFD)
        case .nfkc: Int32(DM_NORM_NFKC)
        case .nfkd: Int32(DM_NORM_NFKD)
        case .nfkcCasefold: Int32(DM_NORM_NFKC_CASEFOLD)
        }
    }

    /// Parses a form name case-insensitively ("nfc", "NFKC_Casefold", "nfkc-cf").
    public init?(name: String) {
        let wanted = name.lowercased().replacingOccurrences(of: "-", with: "_")
        let aliases = ["nfkc_cf": NormalizationForm.nfkcCasefold, "nfkccasefold": .nfkcCasefold]
        if let form = aliases[wanted] {
            self = form
        } else if let form = Self.allCases.first(where: { $0.rawValue.lowercased() == wanted }) {
            self = form
        } else {
            return nil
        }
    }
}

extension String {
    /// The string in the given normalisation form.
    public func normalized(_ form: NormalizationForm) throws(ICUError) -> String {
        let units = utf16Units
        return try units.withUnsafeBufferPointer { (source) throws(ICUError) -> String in
            var status: Int32 = 0
            let already = dm_is_normalized(form.icuForm, source.baseAddress, Int32(source.count), &status)
            try ICUStatus(rawValue: status).check("checking \(form.rawValue) normalisation")
            if already == 1 { return self }
            return try withGrowingBuffer(
                initialCapacity: source.count + source.count / 4,
                operation: "normalising to \(form.rawValue)"
            ) { dest, capacity, status in
                dm_normalize(form.icuForm, source.baseAddress, Int32(source.count), dest, capacity, &status)
            }
        }
    }
}
