enum LoadError: Error {
    case missing
    case corrupt
}

func load() throws -> String {
    throw LoadError.missing
}

print("start")
do {
    print(try load())
} catch LoadError.notFound {
    print("not found")
} catch {
    print("other")
}
