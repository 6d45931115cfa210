protocol Describable {
    func describe() -> String
}

enum Color: Describable {
    case red, green, blue
    func describe() -> String {
        switch self {
        case .red: return "the colour of fire"
        case .green: return "the colour of grass"
        case .blue: return "the colour of sky"
        }
    }
}

struct Point: Describable {
    var x: Int
    var y: Int
    func describe() -> String { return "point at (\(x), \(y))" }
}

class Box: Describable {
    var items: [String] = []
    func describe() -> String { return "box of \(items.count)" }
}

let box = Box()
box.items.append("pen")
let things: [Describable] = [Color.green, Point(x: 1, y: 2), box, Color.blue]
for t in things {
    print(t.describe())
}
