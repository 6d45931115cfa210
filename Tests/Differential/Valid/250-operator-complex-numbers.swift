struct Complex: Equatable, CustomStringConvertible {
    var re: Double
    var im: Double

    static func + (a: Complex, b: Complex) -> Complex {
        return Complex(re: a.re + b.re, im: a.im + b.im)
    }
    static func * (a: Complex, b: Complex) -> Complex {
        return Complex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
    }
    var description: String {
        return im >= 0 ? "\(re)+\(im)i" : "\(re)\(im)i"
    }
}

let i = Complex(re: 0, im: 1)
print(i * i)
let z = Complex(re: 1.5, im: -2.0)
print(z + i, z * z)
print(i * i == Complex(re: -1, im: 0))
var w = Complex(re: 1, im: 0)
for _ in 0..<4 { w = w * i }
print("i^4 = \(w)")
