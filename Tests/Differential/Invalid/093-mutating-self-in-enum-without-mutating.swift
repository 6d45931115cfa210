enum Light {
    case on, off
    func toggle() {
        self = self == .on ? .off : .on
    }
}

print("start")
var l = Light.on
l.toggle()
print(l)
