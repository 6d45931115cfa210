enum FileError: Error {
    case unreadable
}

var openFiles = 0

func readFile(_ name: String) throws -> String {
    openFiles += 1
    print("open \(name)")
    defer {
        openFiles -= 1
        print("close \(name)")
    }
    if name.hasSuffix(".bin") {
        throw FileError.unreadable
    }
    return "contents of \(name)"
}

for name in ["a.txt", "b.bin", "c.txt"] {
    do {
        let text = try readFile(name)
        print(text)
    } catch {
        print("could not read \(name): \(error)")
    }
}
print("open files: \(openFiles)")
