struct Fraction {
    let num: Int
    let den: Int

    static func == (lhs: Fraction, rhs: Fraction) -> Bool {
        return lhs.num * rhs.den == rhs.num * lhs.den
    }
    static func + (lhs: Fraction, rhs: Fraction) -> Fraction {
        return Fraction(num: lhs.num * rhs.den + rhs.num * lhs.den, den: lhs.den * rhs.den)
    }
    static func * (lhs: Fraction, rhs: Fraction) -> Fraction {
        return Fraction(num: lhs.num * rhs.num, den: lhs.den * rhs.den)
    }
}

extension Fraction: Equatable {}

let half = Fraction(num: 1, den: 2)
let twoQuarters = Fraction(num: 2, den: 4)
let third = Fraction(num: 1, den: 3)
print(half == twoQuarters, half == third, half != third)
let s = half + third
print(s.num, s.den)
let p = half * third
print(p.num, p.den)
print([half, third].contains(twoQuarters))
