protocol HasArea {
    var area: Double { get }
}

struct Square: HasArea {
    let side: Double
    var area: Double { return side * side }
}

struct Triangle: HasArea {
    let base: Double
    let height: Double
    var area: Double { return 0.5 * base * height }
}

func totalArea<T: HasArea>(_ items: [T]) -> Double {
    return items.reduce(0.0) { $0 + $1.area }
}

func larger<A: HasArea, B: HasArea>(_ a: A, _ b: B) -> String {
    return a.area >= b.area ? "first" : "second"
}

print(totalArea([Square(side: 2.0), Square(side: 3.0)]))
print(totalArea([Triangle(base: 4.0, height: 2.0)]))
print(larger(Square(side: 2.0), Triangle(base: 3.0, height: 3.0)))
