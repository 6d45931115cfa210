protocol Togglable {
    mutating func toggle()
}

enum Switch: Togglable {
    case on, off
    mutating func toggle() {
        self = self == .on ? .off : .on
    }
}

struct Lamp: Togglable {
    var lit = false
    var flips = 0
    mutating func toggle() {
        lit = !lit
        flips += 1
    }
}

var s = Switch.off
s.toggle()
print(s)
s.toggle()
print(s)
var lamp = Lamp()
for _ in 0..<3 { lamp.toggle() }
print(lamp.lit, lamp.flips)
