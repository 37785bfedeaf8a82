@testable import BackpropExport
import Foundation
import Testing

/// The ZIP writer read back by an independent reader (and by `unzip -t` where installed).
@Suite struct ArchiveTests {
    @Test func crc32OfTheCheckString() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func entriesReadBackWithTheirNamesBytesAndChecksums() throws {
        let files: [(String, [UInt8])] = [
            ("imsmanifest.xml", Array("<manifest/>\n".utf8)),
            ("exercise-01/exercise-01.xml", Array(repeating: 0x41, count: 70_000)),
            ("empty.txt", []),
            ("ünïcode/η.svg", Array("<svg/>".utf8)),
        ]
        var archive = ZipArchive()
        for (name, bytes) in files { try archive.add(name, bytes) }
        let zip = try archive.finished()
        let read = try ZipReader.entries(zip)
        #expect(read.map(\.name) == files.map(\.0))
        #expect(read.map(\.bytes) == files.map(\.1))
    }

    static let unzip = ["/usr/bin/unzip", "/bin/unzip"].first(where: FileManager.default.isExecutableFile(atPath:))

    @Test(.enabled(if: unzip != nil, "unzip is not installed (Debian: apt-get install unzip)"))
    func unzipTestsTheQTIPackage() throws {
        let questions = try ExportFixtures.questions(try ExportFixtures.exercises(seed: 8, count: 2))
        let zip = try #require(try Exporter(format: .qti, setSeed: 8).files(questions).first)
        let url = FileManager.default.temporaryDirectory.appending(path: "backprop-qti-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(zip.bytes).write(to: url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.unzip))
        process.arguments = ["-t", url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("No errors detected"))
    }
}

/// A ZIP reader written from APPNOTE.TXT for the tests: the central directory, each local
/// header, stored entries only, every CRC-32 computed bit by bit.
enum ZipReader {
    struct Entry {
        let name: String
        let bytes: [UInt8]
    }

    struct Malformed: Error {
        let reason: String
    }

    static func entries(_ zip: [UInt8]) throws -> [Entry] {
        func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let end = zip.count - 22
        guard end >= 0, u32(end) == 0x0605_4B50 else { throw Malformed(reason: "no end record") }
        let count = u16(end + 10)
        var position = u32(end + 16)
        guard position + u32(end + 12) == end else { throw Malformed(reason: "directory size") }
        var entries: [Entry] = []
        for _ in 0..<count {
            guard u32(position) == 0x0201_4B50, u16(position + 10) == 0 else { throw Malformed(reason: "directory entry") }
            let crc = u32(position + 16), size = u32(position + 20), nameLength = u16(position + 28)
            let offset = u32(position + 42)
            let name = String(decoding: zip[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            guard u32(offset) == 0x0403_4B50, u32(offset + 14) == crc, u32(offset + 18) == size,
                  u16(offset + 26) == nameLength else { throw Malformed(reason: "local header of \(name)") }
            let start = offset + 30 + nameLength + u16(offset + 28)
            let bytes = Array(zip[start..<(start + size)])
            guard bitwiseCRC(bytes) == crc else { throw Malformed(reason: "checksum of \(name)") }
            entries.append(Entry(name: name, bytes: bytes))
            position += 46 + nameLength + u16(position + 30) + u16(position + 32)
        }
        return entries
    }

    static func bitwiseCRC(_ bytes: [UInt8]) -> Int {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return Int(~crc)
    }
}
