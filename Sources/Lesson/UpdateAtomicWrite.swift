import Foundation
import CellProtocol

/// Writes a file so that a reader (or a crash) sees either the old file or the new one,
/// never a half-written one, and so that a crash leaves nothing behind.
///
/// - The new bytes are written to a file without a name (`O_TMPFILE`) in the target's folder
///   (same file system), flushed to disk, then given a temporary name and renamed over the
///   target. A `SIGKILL` while writing, the only long step, leaves no file at all: the
///   kernel frees an unnamed file with its last descriptor. Only the few microseconds
///   between naming and renaming can leave a `.NAME.lesson-PID-N.tmp` behind, and so can a
///   file system without `O_TMPFILE`, where the bytes go to that named file directly.
/// - So each write first removes such leftovers of the same target whose writer is dead
///   (the PID in the name is not a live process). A live writer's file is never touched,
///   and a leftover lasts at most until the next write of that file. (Git leaves
///   `index.lock` for the user to remove; rsync leaves `.NAME.XXXXXX`: a tool that owns the
///   naming scheme can clean up after itself, so it should.)
/// - A symbolic link is written through: the link's target gets the new bytes and the link
///   stays a link. The target keeps its permissions and, where the process may set them,
///   its owner and group.
public enum AtomicFile {
    /// Replaces the file at `path` with `bytes`; throws a `Diagnostic`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let target = resolvedTarget(path)
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var old = stat()
        let exists = stat(target, &old) == 0
        // The target's permission bits, set exactly (open's mode would pass through the umask).
        let mode = exists ? mode_t(old.st_mode) & 0o7777 : nil
        removeStaleTemporaries(of: name, in: folder)

        let temporary = folder + "/" + temporaryName(of: name)
        var named = false
        var fd: Int32 = -1
        if let flag = tmpfileFlag {
            // A new file gets 0644 less the umask, as before; an existing one its own mode below.
            fd = open(folder, flag | O_WRONLY | O_CLOEXEC, mode == nil ? 0o644 : 0o600)
        }
        if fd < 0 {
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
            named = true
        }
        guard fd >= 0 else { throw failure(path, "cannot create a temporary file in \(folder)") }
        var ok = writeAll(bytes, to: fd)
        if let mode {
            ok = ok && fchmod(fd, mode) == 0
            // Keep the owner where allowed (root, or a group the user is in); else the file
            // becomes the writer's, as with any editor that saves by renaming.
            _ = fchown(fd, old.st_uid, old.st_gid)
            if mode & 0o6000 != 0 { _ = fchmod(fd, mode) }   // chown clears set-id bits
        }
        ok = ok && fsync(fd) == 0
        if ok && !named {
            // Give the unnamed file its temporary name; only now can a crash leave it behind.
            ok = linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0
            named = ok
        }
        let reason = ok ? nil : String(cString: strerror(errno))
        ok = close(fd) == 0 && ok
        guard ok, rename(temporary, target) == 0 else {
            let why = reason ?? String(cString: strerror(errno))
            if named { unlink(temporary) }
            throw failure(path, "cannot write the file: \(why)")
        }
        syncFolder(folder)
    }

    /// `path` with symbolic links resolved, so the write replaces the file a link names
    /// rather than the link; `path` itself when it does not exist yet (a new file).
    static func resolvedTarget(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// `.NAME.lesson-PID-RANDOM.tmp`: hidden, and naming the writer so that a later write can
    /// tell a dead writer's leftover from a live one's file.
    static func temporaryName(of name: String) -> String {
        ".\(name).lesson-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Removes `.NAME.lesson-PID-N.tmp` files in `folder` whose writer `PID` is not running.
    static func removeStaleTemporaries(of name: String, in folder: String) {
        let prefix = ".\(name).lesson-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let middle = entry.dropFirst(prefix.count).dropLast(".tmp".count)
            let parts = middle.split(separator: "-")
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, UInt32(parts[1]) != nil else { continue }
            // ESRCH: no such process. EPERM means it exists (another user's): leave it.
            if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH {
                unlink(folder + "/" + entry)
            }
        }
    }

    /// `O_TMPFILE`, which Swift does not import (it is a compound macro); its value is the
    /// generic one of x86-64 and ARM64 Linux. Nil elsewhere: the named temporary is used.
    private static let tmpfileFlag: Int32? = {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        return 0o20000000 | O_DIRECTORY
        #else
        return nil
        #endif
    }()

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
    }

    /// Flushes the folder, so that the rename itself survives a power cut.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func failure(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, message, file: path)
    }
}
