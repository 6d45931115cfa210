import Foundation
struct Color {
    var red: Double
    var green: Double
    var blue: Double
}

extension Color {
    init(grey: Double) {
        self.init(red: grey, green: grey, blue: grey)
    }
    init(hex: Int) {
        red = Double((hex >> 16) & 0xFF) / 255.0
        green = Double((hex >> 8) & 0xFF) / 255.0
        blue = Double(hex & 0xFF) / 255.0
    }
    var brightness: Double {
        return (red + green + blue) / 3.0
    }
}

let white = Color(grey: 1.0)
let orange = Color(hex: 0xFF8000)
let plain = Color(red: 0.2, green: 0.4, blue: 0.6)
print(white.brightness)
print(orange.red, orange.blue)
print((orange.green * 1000).rounded() / 1000)
print((plain.brightness * 100).rounded() / 100)
