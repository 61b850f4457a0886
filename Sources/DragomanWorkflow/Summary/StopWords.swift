import DragomanText

/// Function words that say nothing about what a sentence is about, per language, folded
/// (lower case, no accents). A data table: the ranker drops them before weighing words.
enum StopWords {
    static func words(for language: LanguageCode) -> Set<String> {
        switch language.language {
        case "de": german
        case "es": spanish
        case "fr": french
        default: english
        }
    }

    static let english: Set<String> = [
        "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "during", "each", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if",
        "in", "into", "is", "it", "its", "last", "more", "most", "no", "not", "of", "on", "one", "only", "or",
        "other", "our", "out", "over", "said", "says", "she", "should", "so", "some", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "under",
        "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "you", "your", "s",
    ]

    static let german: Set<String> = [
        "aber", "alle", "allen", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "beim", "bereits", "bis",
        "da", "dabei", "damit", "dann", "das", "dass", "dem", "den", "denen", "der", "des", "die", "dies", "diese",
        "diesem", "diesen", "dieser", "dieses", "doch", "dort", "durch", "ein", "eine", "einem", "einen", "einer",
        "eines", "er", "es", "etwa", "fur", "gegen", "hat", "hatte", "haben", "hier", "ihr", "ihre", "ihrem",
        "ihren", "ihrer", "im", "in", "ist", "ja", "jedoch", "kann", "kein", "keine", "man", "mit", "nach", "nicht",
        "noch", "nur", "oder", "ob", "ohne", "sei", "sein", "seine", "seinem", "seinen", "seiner", "seit", "sich",
        "sie", "sind", "so", "soll", "sollen", "uber", "um", "und", "uns", "unter", "vom", "von", "vor", "war",
        "waren", "was", "wegen", "wenn", "werden", "wie", "wird", "wurde", "wurden", "zu", "zum", "zur", "zwischen",
        "sagte", "habe",
    ]

    static let spanish: Set<String> = [
        "a", "al", "algo", "ante", "antes", "como", "con", "contra", "cual", "cuando", "de", "del", "desde",
        "donde", "durante", "e", "el", "ella", "ellos", "en", "entre", "era", "es", "esa", "ese", "eso", "esta",
        "este", "esto", "fue", "ha", "han", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "mas", "muy",
        "ni", "no", "nos", "o", "para", "pero", "por", "que", "se", "segun", "ser", "si", "sin", "sobre", "su",
        "sus", "tambien", "un", "una", "uno", "unos", "y", "ya", "dijo",
    ]

    static let french: Set<String> = [
        "a", "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils",
        "la", "le", "les", "leur", "lui", "mais", "ne", "ni", "nous", "on", "ou", "par", "pas", "pour", "qu",
        "que", "qui", "sa", "se", "ses", "son", "sur", "un", "une", "y", "ete", "sont",
    ]
}
