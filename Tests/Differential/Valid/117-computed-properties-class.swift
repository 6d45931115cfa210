class Rect {
    var width: Double
    var height: Double
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    var area: Double { width * height }
    var perimeter: Double { 2 * (width + height) }
    var isSquare: Bool { width == height }
    var summary: String { "\(width)x\(height) area \(area)" }
}
let r = Rect(width: 3, height: 4)
print(r.area, r.perimeter, r.isSquare, r.summary)
r.width = 4
print(r.area, r.isSquare)
