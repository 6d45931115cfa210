class Settings {
    private var values: [String: String] = [:]

    subscript(key: String) -> String {
        get { return values[key] ?? "unset" }
        set { values[key] = newValue }
    }

    var keys: [String] { return values.keys.sorted() }
}

let s = Settings()
s["optimizer"] = "adam"
s["lr"] = "0.001"
print(s["optimizer"], s["momentum"])
s["optimizer"] = "sgd"
print(s["optimizer"])
print(s.keys)
