import DragomanText
import Foundation
import PostgresNIO

/// Where a project lives on a PostgreSQL server: `postgresql://USER@HOST:PORT/DATABASE?project=NAME`
/// (or `postgres://`). The password comes from the URL, else `PGPASSWORD`, else `~/.pgpass`
/// (`PGPASSFILE`); `?host=/var/run/postgresql` (or an empty host) connects through the server's
/// local socket. The password is never part of ``description``, which messages print.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String?
    public var port: Int
    /// The folder of the server's socket (`/var/run/postgresql`), for a socket connection.
    public var socketFolder: String?
    public var user: String
    public var password: String?
    public var database: String
    /// The project's name: many projects share one database.
    public var project: String

    /// Whether `text` names a PostgreSQL location rather than an SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Reads a location; the environment supplies what the URL leaves out (PGUSER, PGPASSWORD,
    /// PGHOST, PGPORT, PGDATABASE, PGPASSFILE).
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw PostgresLocationError.malformed(text: Self.redacted(text), reason: "not a postgresql:// URL")
        }
        let items = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        guard let project = items["project"], !project.isEmpty else {
            throw PostgresLocationError.malformed(
                text: Self.redacted(text), reason: "no project name (add ?project=NAME)")
        }
        self.project = project
        let hostItem = items["host"] ?? components.host.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGHOST"]
        if let hostItem, hostItem.hasPrefix("/") {
            socketFolder = hostItem
            host = nil
        } else if let hostItem, !hostItem.isEmpty {
            host = hostItem
            socketFolder = nil
        } else {
            host = nil
            socketFolder = "/var/run/postgresql"
        }
        port = components.port ?? environment["PGPORT"].flatMap(Int.init) ?? 5432
        user =
            components.user.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding } ?? environment["PGUSER"]
            ?? environment["USER"] ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? (environment["PGDATABASE"] ?? user) : (path.removingPercentEncoding ?? path)
        password =
            components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
            ?? Self.passwordFile(environment: environment).flatMap { file in
                Self.password(in: file, host: host ?? "localhost", port: port, database: database, user: user)
            }
    }

    /// The location as messages name it: no password.
    public var description: String {
        let place = host.map { "\($0):\(port)" } ?? ""
        let socket = socketFolder.map { "&host=\($0)" } ?? ""
        return "postgresql://\(user)@\(place)/\(database)?project=\(project)\(socket)"
    }

    var configuration: PostgresConnection.Configuration {
        if let host {
            return PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: .disable)
        }
        let folder = socketFolder ?? "/var/run/postgresql"
        return PostgresConnection.Configuration(
            unixSocketPath: folder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
    }

    static func passwordFile(environment: [String: String]) -> String? {
        if let file = environment["PGPASSFILE"] { return file }
        return environment["HOME"].map { $0 + "/.pgpass" }
    }

    /// The password `.pgpass` gives for the connection: the first line whose fields (host,
    /// port, database, user; `*` matches anything) all match.
    static func password(in file: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        where !line.hasPrefix("#") {
            var fields: [String] = []
            var field = ""
            var escaped = false
            for character in line {
                if escaped {
                    field.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(character)
                }
            }
            fields.append(field)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// `text` with any password in it replaced.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "…"
        return components.string ?? text
    }
}

public enum PostgresLocationError: DragomanError {
    case malformed(text: String, reason: String)

    public var location: ErrorLocation? {
        switch self {
        case .malformed(let text, _): ErrorLocation(file: text)
        }
    }

    public var problem: String {
        switch self {
        case .malformed(_, let reason): "not a PostgreSQL project location: \(reason)"
        }
    }

    public var exitStatus: ExitStatus { .failure }
}
