import DragomanText
import Foundation

/// A place-name glossary generated from the CLDR data inside ICU: territory names and the
/// exemplar cities of time zones, in the given languages. Reproducible for a newer ICU.
public enum CLDRGlossary {
    public static let defaultLanguages: [LanguageCode] = ["en", "de", "fr", "es", "ru", "uk", "ko"]

    public static func generate(languages: [LanguageCode] = defaultLanguages) throws -> Glossary {
        var entries: [GlossaryEntry] = []
        let source = "CLDR data in ICU \(ICUStatus.icuVersion)"
        for code in LocaleData.regionCodes {
            var entry = GlossaryEntry(id: "cldr-territory-\(code)", kind: .place, source: source)
            for language in languages {
                let name = try LocaleData.regionName(code, in: language)
                // ICU answers with the code itself when it has no name.
                if name != code { entry.terms.append(Term(language: language, text: name)) }
            }
            if !entry.terms.isEmpty { entries.append(entry) }
        }
        for zone in try LocaleData.locationZones() {
            var entry = GlossaryEntry(
                id: "cldr-city-\(zone.replacingOccurrences(of: "/", with: "-"))", kind: .place, source: source)
            for language in languages {
                entry.terms.append(Term(language: language, text: try LocaleData.exemplarCity(zone, in: language)))
            }
            entries.append(entry)
        }
        return Glossary(title: "CLDR place names (\(source))", entries: entries)
    }
}
