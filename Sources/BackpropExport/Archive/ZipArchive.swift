/// A ZIP archive of stored (uncompressed) entries, as the QTI package of Canvas's import takes
/// it: each entry a local header, its bytes, then the central directory and its end record
/// (PKWARE's APPNOTE.TXT, sections 4.3 and 4.4). Every entry carries the same fixed date
/// (1980-01-01 00:00), so the same files give the same bytes. Names are UTF-8 (flag bit 11).
///
/// Limits: fewer than 65,535 entries and under 4 GiB in all (no ZIP64); the export stays far
/// below (at most 1000 exercises of a few files each, a few kilobytes a file).
struct ZipArchive {
    enum Failure: Error, Equatable {
        /// The entries do not fit a ZIP without ZIP64.
        case tooLarge
    }

    private(set) var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// Appends the file `name` holding `contents`.
    mutating func add(_ name: String, _ contents: [UInt8]) throws(Failure) {
        let nameBytes = Array(name.utf8)
        let offset = bytes.count
        guard count < 0xFFFF, contents.count < 0xFFFF_FFFF, offset + contents.count + nameBytes.count + 30 < 0xFFFF_FFFF,
              nameBytes.count < 0xFFFF else { throw .tooLarge }
        let crc = CRC32.checksum(contents)
        let size = UInt32(contents.count)
        // version needed 2.0, flags (UTF-8 names), method 0 (stored), time 0:00, date 1980-01-01.
        let common: [UInt8] = Self.le16(20) + Self.le16(0x0800) + Self.le16(0) + Self.le16(0) + Self.le16(0x0021)
            + Self.le32(crc) + Self.le32(size) + Self.le32(size) + Self.le16(UInt16(nameBytes.count)) + Self.le16(0)
        bytes += Self.le32(0x0403_4B50) + common + nameBytes + contents
        directory += Self.le32(0x0201_4B50) + Self.le16(20) + common
            + Self.le16(0) + Self.le16(0) + Self.le16(0) + Self.le32(0) + Self.le32(UInt32(offset)) + nameBytes
        count += 1
    }

    /// The archive: the entries, then the central directory and its end record.
    func finished() throws(Failure) -> [UInt8] {
        guard bytes.count + directory.count < 0xFFFF_FFFF else { throw .tooLarge }
        let end = Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0)
            + Self.le16(UInt16(count)) + Self.le16(UInt16(count))
            + Self.le32(UInt32(directory.count)) + Self.le32(UInt32(bytes.count)) + Self.le16(0)
        return bytes + directory + end
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

    private static func le32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }
}
