enum ValidationError: Error {
    case tooShort(Int)
    case missingDigit
}

enum NetworkError: Error {
    case timeout
}

func validate(_ password: String) throws {
    if password.count < 6 { throw ValidationError.tooShort(password.count) }
    if !password.contains(where: { $0.isNumber }) { throw ValidationError.missingDigit }
}

func fetch(_ ok: Bool) throws -> String {
    if !ok { throw NetworkError.timeout }
    return "data"
}

for pw in ["abc", "abcdefg", "abc123"] {
    do {
        try validate(pw)
        print("\(pw) ok")
    } catch let e as ValidationError {
        print("\(pw) invalid: \(e)")
    } catch {
        print("unexpected")
    }
}
do {
    let d = try fetch(true)
    print(d)
    _ = try fetch(false)
} catch let e as NetworkError {
    print("network: \(e)")
} catch {
    print("other")
}
