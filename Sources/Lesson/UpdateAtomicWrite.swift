import Foundation
import Script

/// Writes a file so that a reader (or a crash) sees either the old file or the new one,
/// never a half-written one: the bytes go to a temporary file in the same folder (same
/// file system), are flushed to disk, and the temporary file is renamed over the target.
public enum AtomicFile {
    /// Replaces the file at `path` with `bytes`, keeping its permissions; throws a `Diagnostic`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".lesson-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o644
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode_t(mode))
        guard fd >= 0 else { throw failure(path, "cannot create a temporary file in \(folder)") }
        var ok = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        ok = close(fd) == 0 && ok
        guard ok, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw failure(path, "cannot write the file: \(reason)")
        }
    }

    private static func failure(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, message, file: path)
    }
}
