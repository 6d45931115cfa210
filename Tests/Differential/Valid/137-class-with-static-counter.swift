class Robot {
    static var built = 0
    static let prefix = "RB"
    let serial: String
    var battery = 100
    init() {
        Robot.built += 1
        serial = "\(Robot.prefix)-\(Robot.built)"
    }
    func work(_ hours: Int) {
        battery = max(0, battery - hours * 15)
    }
    static func report() -> String { "\(built) robots" }
}
let r1 = Robot(), r2 = Robot()
r1.work(3)
r2.work(10)
print(r1.serial, r1.battery, r2.serial, r2.battery, Robot.report())
