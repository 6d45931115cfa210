protocol Greeter {
    var name: String { get }
    func greet() -> String
}

extension Greeter {
    func greet() -> String {
        return "Hello, \(name)"
    }
    func shout() -> String {
        return greet().uppercased()
    }
}

struct English: Greeter {
    let name: String
}

struct French: Greeter {
    let name: String
    func greet() -> String {
        return "Bonjour, \(name)"
    }
}

let greeters: [Greeter] = [English(name: "Ada"), French(name: "Marie")]
for g in greeters {
    print(g.greet())
    print(g.shout())
}
