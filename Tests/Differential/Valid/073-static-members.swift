// Issue #13: static stored properties, methods and constants.
struct Units {
    static let cmPerInch = 2.54
    static var conversions = 0
    static func toCm(_ inches: Double) -> Double {
        conversions += 1
        return inches * cmPerInch
    }
}
print(Units.toCm(10), Units.toCm(1))
print(Units.conversions)
class IdMaker {
    static var next = 1
    let id: Int
    init() { id = IdMaker.next; IdMaker.next += 1 }
}
let ids = [IdMaker(), IdMaker(), IdMaker()].map { $0.id }
print(ids, IdMaker.next)
