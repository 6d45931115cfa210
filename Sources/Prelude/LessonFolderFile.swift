// Reading a file that must lie inside a lesson's folder (`loadCSV`), so that what is read is
// what was checked.
//
// Checking a path and then opening it by name is a race: between the two, another process
// can swap a folder on the path for a symbolic link to anywhere. Here the path is never
// opened by name. It is walked one component at a time from a descriptor of the lesson's
// folder, each component opened with `O_NOFOLLOW` relative to the descriptor of the one
// before, so every step opens exactly the entry that was looked at. A symbolic link met on
// the way is not followed by the kernel but resolved here, and only while it stays inside
// the folder (as Linux's `openat2(RESOLVE_BENEATH)` would; Swift cannot call that syscall
// portably). Nothing outside the folder is ever opened, so nothing outside can be read or
// quoted in an error message.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Script

/// A file inside a lesson's folder, opened safely (see the file's comment).
enum LessonFolderFile {
    /// Symbolic links followed in one path at most, as the kernel's own limit (ELOOP).
    static let maximumLinks = 40

    /// Why a path was refused: said to the learner after "cannot read 'PATH': ".
    struct Refusal: Error {
        let reason: String
    }

    /// The bytes of the regular file `path` (relative, inside `folder`), at most `limit` of them.
    static func contents(of path: String, inside folder: String, limit: Int) throws -> [UInt8] {
        let fd = try openBeneath(path, inside: folder)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Refusal(reason: String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Refusal(reason: "it is a folder, not a file")
        default: throw Refusal(reason: "it is not a regular file")
        }
        guard Int(info.st_size) <= limit else { throw Refusal(reason: "it is larger than \(limit >> 20) MB") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew since fstat: read on, up to the limit.
                guard bytes.count <= limit else { throw Refusal(reason: "it is larger than \(limit >> 20) MB") }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count) + 1))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Refusal(reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        return Array(bytes[..<filled])
    }

    /// A read-only descriptor of `path` inside `folder`, opened component by component.
    static func openBeneath(_ path: String, inside folder: String) throws -> Int32 {
        guard !path.isEmpty else { throw Refusal(reason: "the path is empty") }
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else {
            throw Refusal(reason: "the path must be relative to the lesson's folder")
        }
        guard !path.utf8.contains(0) else { throw Refusal(reason: "the path contains a NUL character") }
        var pending = components(path)
        guard !pending.contains("..") else { throw Refusal(reason: "the path may not leave the lesson's folder") }
        guard !pending.isEmpty else { throw Refusal(reason: "it is a folder, not a file") }

        let root = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { throw Refusal(reason: "the lesson's folder cannot be opened") }
        // Absolute link targets are inside when they start with the folder's path (as given
        // or resolved).
        let roots = Set([folder, URL(fileURLWithPath: folder).resolvingSymlinksInPath().path]
            .map { $0.hasSuffix("/") ? $0 : $0 + "/" })
        // The descriptors of the folders walked so far, the lesson's folder first.
        var stack: [Int32] = [root]
        defer { stack.forEach { _ = close($0) } }
        var links = 0
        while !pending.isEmpty {
            let name = pending.removeFirst()
            if name == "." { continue }
            if name == ".." {
                // Only a link's target can get here: it may go up, but not above the folder.
                guard stack.count > 1 else { throw Refusal(reason: "the path leads outside the lesson's folder") }
                close(stack.removeLast())
                continue
            }
            let last = pending.isEmpty
            let flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (last ? 0 : O_DIRECTORY)
            let fd = openat(stack[stack.count - 1], name, flags)
            if fd >= 0 {
                if last { return fd }
                stack.append(fd)
                continue
            }
            let error = errno
            guard error == ELOOP || error == ENOTDIR || error == EMLINK else {
                throw Refusal(reason: error == ENOENT ? "no such file in the lesson's folder" : String(cString: strerror(error)))
            }
            // Most likely a symbolic link: resolve it here, beneath the folder.
            guard let target = linkTarget(stack[stack.count - 1], name) else {
                if error == ENOTDIR { throw Refusal(reason: "'\(name)' is not a folder") }
                // It was a link and is not one now: it changed under us; look again.
                links += 1
                guard links <= maximumLinks else { throw Refusal(reason: "the path keeps changing while it is opened") }
                pending.insert(name, at: 0)
                continue
            }
            links += 1
            guard links <= maximumLinks else { throw Refusal(reason: "too many levels of symbolic links") }
            var rest = target
            if target.hasPrefix("/") {
                guard let inside = roots.first(where: { target.hasPrefix($0) }) else {
                    throw Refusal(reason: "the path leads outside the lesson's folder")
                }
                rest = String(target.dropFirst(inside.count))
                while stack.count > 1 { close(stack.removeLast()) }
            }
            pending.insert(contentsOf: components(rest), at: 0)
            if pending.isEmpty { throw Refusal(reason: "it is a folder, not a file") }
        }
        throw Refusal(reason: "it is a folder, not a file")
    }

    /// The non-empty components of a path.
    private static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// The target of the symbolic link `name` in the folder `directory`, or nil when it is
    /// not a link.
    private static func linkTarget(_ directory: Int32, _ name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlinkat(directory, name, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
