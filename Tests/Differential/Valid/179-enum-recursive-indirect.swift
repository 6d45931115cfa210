indirect enum Expr {
    case num(Int)
    case add(Expr, Expr)
    case mul(Expr, Expr)
}

func evaluate(_ e: Expr) -> Int {
    switch e {
    case .num(let n): return n
    case .add(let l, let r): return evaluate(l) + evaluate(r)
    case .mul(let l, let r): return evaluate(l) * evaluate(r)
    }
}

func show(_ e: Expr) -> String {
    switch e {
    case .num(let n): return "\(n)"
    case .add(let l, let r): return "(\(show(l)) + \(show(r)))"
    case .mul(let l, let r): return "\(show(l)) * \(show(r))"
    }
}

let e = Expr.mul(.add(.num(2), .num(3)), .num(4))
print(show(e), "=", evaluate(e))
let f = Expr.add(.num(1), .mul(.num(5), .num(6)))
print(show(f), "=", evaluate(f))
