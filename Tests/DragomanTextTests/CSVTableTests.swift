import Testing

@testable import DragomanText

@Suite("CSV lines")
struct CSVTableTests {
    @Test(
        "Fields are quoted exactly when they hold the delimiter, a quote or a line break",
        arguments: [
            ("plain", "plain"),
            ("Café – Pjöngjang ©", "Café – Pjöngjang ©"),
            ("a,b", "\"a,b\""),
            ("say \"no\"", "\"say \"\"no\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""),
            ("line\u{2028}separator", "\"line\u{2028}separator\""),
            ("paragraph\u{2029}separator", "\"paragraph\u{2029}separator\""),
            ("next\u{85}line", "\"next\u{85}line\""),
        ])
    func quoting(field: String, expected: String) {
        #expect(CSVTable.line([field], delimiter: ",") == expected)
    }

    @Test("A line reads back as its fields")
    func roundTrip() throws {
        let fields = ["1", "Wladimir „Selenskyj“, Kyjiw", "say \"no\"", "two\nlines", "", "é\u{2028}x"]
        let line = CSVTable.line(fields, delimiter: ",")
        let records = try CSVTable.parse(line + "\r\n", delimiter: ",", file: "t.csv")
        #expect(records.first?.fields == fields)
        #expect(CSVTable.line(["a", "b;c"], delimiter: ";") == "a;\"b;c\"")
    }
}
