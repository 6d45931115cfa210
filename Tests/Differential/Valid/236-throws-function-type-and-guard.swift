enum LookupError: Error {
    case notFound(String)
}

let table = ["relu": 0, "tanh": 1, "sigmoid": 2]

func lookup(_ key: String) throws -> Int {
    guard let v = table[key] else {
        throw LookupError.notFound(key)
    }
    return v
}

func tryAll(_ keys: [String], using f: (String) throws -> Int) -> [String] {
    var report: [String] = []
    for k in keys {
        do {
            report.append("\(k)=\(try f(k))")
        } catch LookupError.notFound(let name) {
            report.append("\(name)=?")
        } catch {
            report.append("error")
        }
    }
    return report
}

print(tryAll(["tanh", "gelu", "relu"], using: lookup))
