import DragomanNames
import DragomanText

/// Realistic personal and place names for benchmarks, generated deterministically from name
/// parts of several naming traditions (Slavic, Korean, Arabic, Chinese, German and English),
/// each in its usual English rendering.
public struct SyntheticNames {
    private var random: SplitMix64

    public init(seed: UInt64 = 2024) {
        random = SplitMix64(seed: seed)
    }

    /// `count` distinct names.
    public mutating func names(count: Int) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        names.reserveCapacity(count)
        while names.count < count {
            let name = next()
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    public mutating func next() -> String {
        switch random.next() % 100 {
        case 0..<45: return slavic()
        case 45..<58: return korean()
        case 58..<70: return arabic()
        case 70..<78: return chinese()
        case 78..<92: return western()
        default: return place()
        }
    }

    private mutating func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }

    private mutating func slavic() -> String {
        let family = pick(Self.slavicStems) + pick(Self.slavicSuffixes)
        switch random.next() % 4 {
        case 0: return family
        case 1: return pick(Self.slavicGiven) + " " + pick(Self.slavicGiven) + "ovich " + family
        default: return pick(Self.slavicGiven) + " " + family
        }
    }

    private mutating func korean() -> String {
        pick(Self.koreanFamilies) + " " + pick(Self.koreanSyllables) + " " + pick(Self.koreanSyllables)
    }

    private mutating func arabic() -> String {
        let article = random.next() % 2 == 0 ? "al-" : ""
        return pick(Self.arabicGiven) + " " + article + pick(Self.arabicFamilies)
    }

    private mutating func chinese() -> String {
        pick(Self.chineseFamilies) + " " + pick(Self.chineseSyllables) + pick(Self.chineseSyllables).lowercased()
    }

    private mutating func western() -> String {
        let middle = random.next() % 3 == 0 ? " " + pick(Self.westernGiven) : ""
        return pick(Self.westernGiven) + middle + " " + pick(Self.westernFamilies)
    }

    private mutating func place() -> String {
        pick(Self.slavicStems) + pick(Self.placeSuffixes)
    }

    static let slavicGiven = [
        "Vladimir", "Sergei", "Dmitry", "Alexander", "Andrei", "Mikhail", "Nikolai", "Yuri", "Pavel", "Ivan",
        "Viktor", "Oleg", "Igor", "Boris", "Yevgeny", "Anatoly", "Vitaly", "Valery", "Konstantin", "Grigory",
        "Volodymyr", "Oleksandr", "Dmytro", "Mykola", "Andriy", "Serhiy", "Vasyl", "Taras", "Bohdan", "Yaroslav",
        "Maria", "Olga", "Tatiana", "Natalia", "Yelena", "Irina", "Svetlana", "Yulia", "Anna", "Lyudmila",
    ]
    static let slavicStems = [
        "Petr", "Ivan", "Kuzn", "Smirn", "Sokol", "Volk", "Moroz", "Zaits", "Pop", "Vasil", "Novik", "Fedor",
        "Lebed", "Kozl", "Orl", "Medved", "Zhukov", "Shevch", "Bondar", "Tkach", "Kovalch", "Kravch", "Melnik",
        "Shapoval", "Tarasen", "Lysen", "Rudn", "Kirill", "Gerasim", "Nebenz", "Zakharov", "Peskov", "Lavr",
        "Shoig", "Ryabk", "Ushak", "Beloous", "Medvedch", "Naryshk", "Patrush", "Sechin", "Miller", "Chemez",
        "Grib", "Klimen", "Kulib", "Yermak", "Syrsk", "Umerov", "Zalush", "Budan", "Danil", "Stefanch", "Kuleb",
        "Zelensk", "Poroshen", "Yanukov", "Tymosh", "Klitschk", "Vereshch", "Rezn", "Arakhamy", "Podolyak",
        "Khrushch", "Gorbach", "Brezhn", "Andropov", "Chernen", "Yelts", "Primak", "Lebedev", "Karpov", "Tolst",
        "Dostoevsk", "Chekh", "Turgen", "Pushk", "Lerment", "Tsvetaev", "Akhmat",
    ]
    static let slavicSuffixes = [
        "ov", "ev", "in", "enko", "sky", "skiy", "uk", "chuk", "ovsky", "yn", "ko", "ich", "ova", "ina",
    ]
    static let koreanFamilies = [
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon",
        "Hwang", "Ahn", "Song", "Ryu", "Hong", "Ri", "Pak", "Choe",
    ]
    static let koreanSyllables = [
        "Jong", "Un", "Il", "Sung", "Jae", "In", "Min", "Hyun", "Soo", "Young", "Ho", "Jin", "Woo", "Hee", "Chul",
        "Seok", "Yeol", "Suk", "Myung", "Hye", "Yo", "Son", "Gwon", "Thae", "Dong", "Kyu", "Nam", "Sik",
    ]
    static let arabicGiven = [
        "Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Khalid", "Abdullah", "Youssef", "Ibrahim",
        "Mahmoud", "Mustafa", "Tariq", "Karim", "Faisal", "Bashar", "Hamad", "Salman", "Nasser", "Walid", "Fatima",
        "Aisha", "Layla", "Mariam", "Yasmin",
    ]
    static let arabicFamilies = [
        "Assad", "Sisi", "Thani", "Saud", "Maliki", "Hariri", "Zawahiri", "Baghdadi", "Qaddafi", "Jubeir", "Rashid",
        "Mansour", "Hashimi", "Tikriti", "Masri", "Amin", "Hakim", "Khatib", "Sharif", "Nahyan", "Sadr", "Khamenei",
        "Rouhani", "Zarif", "Araghchi", "Pezeshkian", "Raisi", "Nasrallah", "Haniyeh", "Sinwar",
    ]
    static let chineseFamilies = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
    ]
    static let chineseSyllables = [
        "Xi", "Jin", "Ping", "Qiang", "Yi", "Wei", "Ming", "Hua", "Jun", "Lei", "Tao", "Hong", "Guo", "Fang", "Jian",
        "Hui", "Yong", "Bo", "Chao", "Dong",
    ]
    static let westernGiven = [
        "Anna", "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Peter", "Klaus", "Julia", "Sabine", "John",
        "David", "James", "Robert", "Mary", "Sarah", "Emily", "Daniel", "Mark", "Paul", "Olaf", "Annalena", "Boris",
        "Lloyd", "Antony", "Kamala", "Joe", "Donald", "Emmanuel", "Ursula", "Keir", "Kaja", "Jens",
    ]
    static let westernFamilies = [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Scholz", "Baerbock",
        "Pistorius", "Austin", "Blinken", "Sullivan", "Macron", "Starmer", "Kallas", "Stoltenberg", "Rutte",
    ]
    static let placeSuffixes = [
        "grad", "sk", "ovo", "burg", "ka", "yevo", "insk", "opol", "ivka", "ovets", "aya Polyana",
    ]
}
