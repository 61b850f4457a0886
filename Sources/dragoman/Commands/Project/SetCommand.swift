import ArgumentParser
import DragomanStore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the target of one unit.",
        discussion: """
            Records the change in the unit's history (previous text, status, origin, author, time); a confirmed \
            unit (translated, reviewed, approved) goes into the translation memory.
              dragoman set 3 "Last week, Ukrainian President Volodymyr Zelensky …" --status reviewed
            """
    )

    @Argument(help: "The unit's id (see `dragoman segments`).")
    var unitID: Int64

    @Argument(help: "The new target text.")
    var text: String

    @Option(name: .long, help: "The new status: new, draft, translated, reviewed or approved.")
    var status: UnitStatus = .translated

    @Option(
        name: .long,
        help:
            "The unit's version this change is based on (`segments --format json` shows it); refused if the unit has changed since. Default: the version read now."
    )
    var basedOn: Int?

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let store = try projectOptions.open()
        let current = try store.unit(id: unitID)
        let unit = try store.update(
            UnitUpdate(
                unitID: unitID, basedOn: basedOn ?? current.version, target: text, status: status, origin: .typed,
                author: author.name))
        StandardOutput.shared.write("unit \(unit.id): \(unit.status.rawValue) (version \(unit.version))\n")
    }
}
