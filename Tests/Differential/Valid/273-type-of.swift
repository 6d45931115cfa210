struct Sample {}
class Model {}
class Linear: Model {}
enum Mode { case train, eval }

print(type(of: 42))
print(type(of: 3.5))
print(type(of: "text"))
print(type(of: [1, 2, 3]))
print(type(of: ["a": 1.0]))
print(type(of: Sample()))
print(type(of: Mode.train))
let m: Model = Linear()
print(type(of: m))
print(type(of: (1, "x")))
print(type(of: Set([1])))
let x: Int? = 5
print(type(of: x))
print(type(of: true))
