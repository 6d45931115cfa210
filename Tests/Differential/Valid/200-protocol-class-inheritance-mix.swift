protocol Vehicle {
    var wheels: Int { get }
    func describe() -> String
}

extension Vehicle {
    func describe() -> String {
        return "a vehicle with \(wheels) wheels"
    }
}

class Car: Vehicle {
    var wheels: Int { return 4 }
}

class SportsCar: Car {
    override var wheels: Int { return 4 }
    func describe() -> String { return "a fast car" }
}

struct Bike: Vehicle {
    let wheels = 2
}

let garage: [Vehicle] = [Car(), Bike(), SportsCar()]
for v in garage {
    print(v.describe())
}
print(garage.map { $0.wheels }.reduce(0, +))
