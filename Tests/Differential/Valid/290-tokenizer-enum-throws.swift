enum Token: Equatable {
    case number(Double)
    case op(Character)
}

enum LexError: Error {
    case unexpected(Character, at: Int)
}

func lex(_ s: String) throws -> [Token] {
    var tokens: [Token] = []
    var digits = ""
    for (i, c) in s.enumerated() {
        if c.isNumber || c == "." {
            digits.append(c)
            continue
        }
        if !digits.isEmpty {
            tokens.append(.number(Double(digits)!))
            digits = ""
        }
        if "+-*/".contains(c) {
            tokens.append(.op(c))
        } else if c != " " {
            throw LexError.unexpected(c, at: i)
        }
    }
    if !digits.isEmpty { tokens.append(.number(Double(digits)!)) }
    return tokens
}

func evaluate(_ tokens: [Token]) -> Double {
    guard case .number(var acc) = tokens.first else { return 0 }
    var i = 1
    while i + 1 < tokens.count {
        if case .op(let o) = tokens[i], case .number(let n) = tokens[i + 1] {
            switch o {
            case "+": acc += n
            case "-": acc -= n
            case "*": acc *= n
            default: acc /= n
            }
        }
        i += 2
    }
    return acc
}

for text in ["1.5 + 2 * 4", "10 / 4 - 0.5", "3 % 2"] {
    do {
        let t = try lex(text)
        print(text, "=", evaluate(t), t.count)
    } catch LexError.unexpected(let c, let i) {
        print("unexpected \(c) at \(i)")
    } catch {
        print(error)
    }
}
