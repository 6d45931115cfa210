enum Command: String {
    case add, remove, list, quit
}

func parse(_ line: String) -> Command? {
    return Command(rawValue: line.lowercased())
}

let inputs = ["ADD", "list", "jump", "Quit", "remove"]
var items: [String] = []
for input in inputs {
    guard let cmd = parse(input) else {
        print("unknown command \(input)")
        continue
    }
    switch cmd {
    case .add:
        items.append("item\(items.count + 1)")
    case .remove:
        if !items.isEmpty { items.removeLast() }
    case .list:
        print(items)
    default:
        print("bye with \(items.count) items")
    }
}
