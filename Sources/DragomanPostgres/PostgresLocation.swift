import DragomanText
import Foundation
import NIOSSL
import PostgresNIO

/// Where a project lives on a PostgreSQL server: `postgresql://USER@HOST:PORT/DATABASE?project=NAME`
/// (or `postgres://`). The password comes from the URL, else `PGPASSWORD`, else `~/.pgpass`
/// (`PGPASSFILE`); `?host=/var/run/postgresql` (or an empty host) connects through the server's
/// local socket. `?sslmode=` is libpq's: `disable`, `allow`, `prefer` (the default over TCP:
/// TLS when the server offers it), `require` (TLS, the certificate not checked), `verify-ca` and
/// `verify-full` (checked against the system's roots or `sslrootcert=FILE`, and the host name
/// for `verify-full`). The password is never part of ``description``, which messages print.
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
    public var sslMode: SSLMode
    /// Certificates of the authorities that may sign the server's (`sslrootcert`), for the verify modes.
    public var rootCertificates: String?

    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// Whether `text` names a PostgreSQL location rather than an SQLite file.
    /// A mistyped scheme (`postgresql:/host`) counts too: it is refused as a location, never
    /// taken for a file name (and never printed with its password).
    public static func isPostgres(_ text: String) -> Bool {
        let lowered = text.prefix(11).lowercased()
        return lowered.hasPrefix("postgresql:") || lowered.hasPrefix("postgres:")
    }

    /// Reads a location; the environment supplies what the URL leaves out (PGUSER, PGPASSWORD,
    /// PGHOST, PGPORT, PGDATABASE, PGPASSFILE).
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") else {
            throw PostgresLocationError.malformed(
                text: Self.redacted(text), reason: "a location starts postgresql://USER@HOST:PORT/DATABASE")
        }
        guard let components = URLComponents(string: text) else {
            throw PostgresLocationError.malformed(
                text: Self.redacted(text),
                reason: "the URL does not parse (the port is a number, an IPv6 address is in brackets like [::1], "
                    + "and @ : / ? # in a password are percent-encoded)")
        }
        if let port = components.port, !(1...65_535).contains(port) {
            throw PostgresLocationError.malformed(
                text: Self.redacted(text), reason: "the port \(port) is not 1 to 65535")
        }
        let items = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        guard let project = items["project"], !project.isEmpty else {
            throw PostgresLocationError.malformed(
                text: Self.redacted(text), reason: "no project name (add ?project=NAME)")
        }
        self.project = project
        guard let mode = SSLMode(rawValue: items["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer") else {
            throw PostgresLocationError.malformed(
                text: Self.redacted(text),
                reason: "sslmode is one of " + SSLMode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        sslMode = mode
        rootCertificates = items["sslrootcert"] ?? environment["PGSSLROOTCERT"]
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
        let tls = sslMode == .prefer ? "" : "&sslmode=\(sslMode.rawValue)"
        return "postgresql://\(user)@\(place)/\(database)?project=\(project)\(socket)\(tls)"
    }

    func configuration() throws -> PostgresConnection.Configuration {
        if let host {
            return PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: try tls())
        }
        let folder = socketFolder ?? "/var/run/postgresql"
        return PostgresConnection.Configuration(
            unixSocketPath: folder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
    }

    /// TLS as `sslmode` asks for it (over TCP; a local socket needs none).
    func tls() throws -> PostgresConnection.Configuration.TLS {
        if sslMode == .prefer && rootCertificates == nil { return .prefer(try Self.preferred.get()) }
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable, .allow: return .disable
        // As libpq: `require` with a root certificate given checks the chain as `verify-ca` does.
        case .prefer, .require:
            configuration.certificateVerification = rootCertificates == nil ? .none : .noHostnameVerification
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        if let rootCertificates { configuration.trustRoots = .file(rootCertificates) }
        let context = try NIOSSLContext(configuration: configuration)
        return sslMode == .prefer ? .prefer(context) : .require(context)
    }

    /// The context of the default mode, made once: every connection of a process shares it.
    private static let preferred = Result {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        return try NIOSSLContext(configuration: configuration)
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

    /// `text` with any password in it replaced, however malformed the rest: whatever stands
    /// between the user name's colon and the last `@` of the text (a password may hold `?`, `#`
    /// or `/` unencoded; hiding a little too much is harmless).
    static func redacted(_ text: String) -> String {
        guard let schemeEnd = text.range(of: ":")?.upperBound else { return text }
        let rest = text[schemeEnd...].drop { $0 == "/" }
        guard let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
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
