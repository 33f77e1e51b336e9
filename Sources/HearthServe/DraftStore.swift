import Foundation
import GRDB

/// The practitioner's drafts and the children's drawings kept with them, in one SQLite file (`drafts.sqlite`) in
/// the data folder. The folder is the user's alone (0700) and the file too (0600); SQLite's write-ahead log makes
/// each save whole or absent, so a draft survives a restart, a killed process or a pulled plug mid-save.
public final class DraftStore: Sendable {
    public static let fileName = "drafts.sqlite"
    /// The most drawings one draft keeps: a Three Houses interview has three.
    public static let drawingsPerDraft = 24

    let pool: DatabasePool
    public let file: URL

    public init(folder: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        file = folder.appendingPathComponent(Self.fileName)
        if !fm.fileExists(atPath: file.path) {
            // Created empty with the user's permissions only; SQLite gives its -wal and -shm files the same.
            guard fm.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw DraftStoreError.cannotCreate(file.path)
            }
        }
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        pool = try DatabasePool(path: file.path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE draft (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    yaml TEXT NOT NULL,
                    updated TEXT NOT NULL
                );
                CREATE TABLE drawing (
                    draft TEXT NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    bytes BLOB NOT NULL,
                    PRIMARY KEY (draft, name)
                );
                """)
        }
        return migrator
    }

    /// Every draft, the most recently saved first.
    public func list() throws -> [DraftSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, title, updated, length(yaml) AS size FROM draft ORDER BY updated DESC, id")
                .map { DraftSummary(id: $0["id"], title: $0["title"], updated: $0["updated"], size: $0["size"]) }
        }
    }

    public func read(_ id: DraftID) throws -> Draft? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, title, yaml, updated FROM draft WHERE id = ?", arguments: [id.value])
            else { return nil }
            let names = try String.fetchAll(db, sql: "SELECT name FROM drawing WHERE draft = ? ORDER BY name", arguments: [id.value])
            return Draft(id: row["id"], title: row["title"], yaml: row["yaml"], updated: row["updated"], drawings: names)
        }
    }

    /// Saves the text of a draft, creating it when new. Returns whether it was new.
    @discardableResult
    public func save(_ id: DraftID, title: String, yaml: String, now: Date = Date()) throws -> Bool {
        let stamp = Self.stamp(now)
        return try pool.write { db in
            let existed = try Bool.fetchOne(db, sql: "SELECT 1 FROM draft WHERE id = ?", arguments: [id.value]) ?? false
            try db.execute(
                sql: """
                    INSERT INTO draft (id, title, yaml, updated) VALUES (?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET title = excluded.title, yaml = excluded.yaml, updated = excluded.updated
                    """,
                arguments: [id.value, title, yaml, stamp])
            return !existed
        }
    }

    /// Removes a draft and its drawings. Returns whether there was one.
    @discardableResult
    public func delete(_ id: DraftID) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM draft WHERE id = ?", arguments: [id.value])
            return db.changesCount > 0
        }
    }

    /// Keeps a drawing with a draft under a name the case can use (`drawings: {worries: NAME}`).
    public func saveDrawing(_ id: DraftID, name: DrawingName, type: String, bytes: [UInt8]) throws {
        try pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM draft WHERE id = ?", arguments: [id.value]) ?? false else {
                throw DraftStoreError.noSuchDraft
            }
            let count = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM drawing WHERE draft = ? AND name != ?", arguments: [id.value, name.value]) ?? 0
            guard count < Self.drawingsPerDraft else { throw DraftStoreError.tooManyDrawings }
            try db.execute(
                sql: "INSERT OR REPLACE INTO drawing (draft, name, type, bytes) VALUES (?, ?, ?, ?)",
                arguments: [id.value, name.value, type, Data(bytes)])
        }
    }

    public func drawing(_ id: DraftID, name: DrawingName) throws -> (type: String, bytes: [UInt8])? {
        try pool.read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT type, bytes FROM drawing WHERE draft = ? AND name = ?", arguments: [id.value, name.value])
            else { return nil }
            let data: Data = row["bytes"]
            return (row["type"], [UInt8](data))
        }
    }

    /// Every drawing of a draft, by name: what a render of the draft may read, and nothing else.
    public func drawings(of id: DraftID) throws -> [String: [UInt8]] {
        try pool.read { db in
            var out: [String: [UInt8]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, bytes FROM drawing WHERE draft = ?", arguments: [id.value]) {
                let data: Data = row["bytes"]
                out[row["name"]] = [UInt8](data)
            }
            return out
        }
    }

    @discardableResult
    public func deleteDrawing(_ id: DraftID, name: DrawingName) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM drawing WHERE draft = ? AND name = ?", arguments: [id.value, name.value])
            return db.changesCount > 0
        }
    }

    static func stamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

/// Why the draft store refused.
public enum DraftStoreError: Error, Equatable {
    case cannotCreate(String)
    case noSuchDraft
    case tooManyDrawings
}
