/// The commands that stand for one symbol, by the MathML element they become.
enum TeXSymbols {
    /// Letters drawn as identifiers in italic (`<mi>α</mi>`), as TeX draws lower-case Greek.
    static let italicLetters: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ",
        "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ",
        "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "partial": "∂", "ell": "ℓ", "imath": "ı", "jmath": "ȷ", "hbar": "ℏ",
    ]

    /// Symbols drawn upright as identifiers: capital Greek and ordinary symbols.
    static let uprightSymbols: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "nabla": "∇", "infty": "∞", "emptyset": "∅", "varnothing": "∅", "aleph": "ℵ",
        "Re": "ℜ", "Im": "ℑ", "top": "⊤", "intercal": "⊺", "bot": "⊥", "prime": "′",
        "dagger": "†", "ddagger": "‡", "angle": "∠", "triangle": "△", "Box": "□",
        "checkmark": "✓", "degree": "°", "wp": "℘",
    ]

    /// Symbols drawn as operators (`<mo>`): the dictionary gives each its spacing.
    static let operators: [String: String] = [
        // binary
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆",
        "circ": "∘", "bullet": "∙", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "ominus": "⊖",
        "cup": "∪", "cap": "∩", "setminus": "∖", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
        "diamond": "⋄", "oslash": "⊘", "sqcup": "⊔", "sqcap": "⊓", "uplus": "⊎",
        // relations
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈",
        "equiv": "≡", "sim": "∼", "simeq": "≃", "cong": "≅", "propto": "∝", "ll": "≪", "gg": "≫",
        "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "supset": "⊃", "subseteq": "⊆",
        "supseteq": "⊇", "perp": "⊥", "parallel": "∥", "doteq": "≐", "coloneqq": "≔",
        "leqslant": "⩽", "geqslant": "⩾", "prec": "≺", "succ": "≻", "models": "⊨", "vdash": "⊢",
        "triangleq": "≜", "asymp": "≍",
        // arrows
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹",
        "impliedby": "⟸", "iff": "⟺", "mapsto": "↦", "longrightarrow": "⟶", "longleftarrow": "⟵",
        "longmapsto": "⟼", "Longrightarrow": "⟹", "uparrow": "↑", "downarrow": "↓",
        "updownarrow": "↕", "Uparrow": "⇑", "Downarrow": "⇓", "nearrow": "↗", "searrow": "↘",
        "hookrightarrow": "↪", "rightleftharpoons": "⇌",
        // logic and sets
        "forall": "∀", "exists": "∃", "nexists": "∄", "neg": "¬", "lnot": "¬", "therefore": "∴",
        "because": "∵",
        // dots and punctuation
        "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "colon": ":",
        "mid": "∣", "vert": "|", "Vert": "‖", "|": "‖",
        // escaped characters
        "{": "{", "}": "}", "_": "_", "%": "%", "&": "&", "#": "#", "$": "$",
        // delimiters
        "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
        "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖", "backslash": "\\",
    ]

    /// Large operators: drawn big in display style, `limits` under and over them there.
    static let largeOperators: [String: (symbol: String, limits: Bool)] = [
        "sum": ("∑", true), "prod": ("∏", true), "coprod": ("∐", true), "bigcup": ("⋃", true),
        "bigcap": ("⋂", true), "bigoplus": ("⨁", true), "bigotimes": ("⨂", true),
        "bigvee": ("⋁", true), "bigwedge": ("⋀", true), "bigsqcup": ("⨆", true),
        "int": ("∫", false), "iint": ("∬", false), "iiint": ("∭", false), "oint": ("∮", false),
    ]

    /// Names set upright as functions (`\log x`); `true`: limits under them in display
    /// style, as `\lim_{x \to 0}` and `\max_i` are drawn.
    static let functions: [String: Bool] = [
        "log": false, "ln": false, "lg": false, "exp": false, "sin": false, "cos": false, "tan": false,
        "cot": false, "sec": false, "csc": false, "sinh": false, "cosh": false, "tanh": false,
        "coth": false, "arcsin": false, "arccos": false, "arctan": false, "arg": false,
        "deg": false, "dim": false, "hom": false, "ker": false,
        "max": true, "min": true, "sup": true, "inf": true, "lim": true, "liminf": true,
        "limsup": true, "det": true, "gcd": true, "Pr": true, "argmax": true, "argmin": true,
    ]

    /// Spacing commands, in em.
    static let spaces: [String: Double] = [
        ",": 0.1667, "thinspace": 0.1667, ":": 0.2222, ">": 0.2222, "medspace": 0.2222,
        ";": 0.2778, "thickspace": 0.2778, " ": 0.25, "quad": 1, "qquad": 2, "!": 0,
        "negthinspace": 0, "enspace": 0.5,
    ]

    /// Accents: the mark, and whether it stretches over a wide base.
    static let accents: [String: (mark: String, stretchy: Bool, under: Bool)] = [
        "hat": ("^", false, false), "widehat": ("^", true, false), "check": ("ˇ", false, false),
        "bar": ("¯", false, false), "overline": ("‾", true, false), "underline": ("_", true, true),
        "vec": ("→", false, false), "overrightarrow": ("→", true, false),
        "overleftarrow": ("←", true, false), "tilde": ("~", false, false),
        "widetilde": ("~", true, false), "dot": ("˙", false, false), "ddot": ("¨", false, false),
        "breve": ("˘", false, false), "acute": ("´", false, false), "grave": ("`", false, false),
        "mathring": ("˚", false, false), "overbrace": ("⏞", true, false),
        "underbrace": ("⏟", true, true),
    ]

    /// What `\left`, `\right`, `\big` accept, written as the delimiter they draw ("" for `.`).
    static func delimiter(_ token: String) -> String? {
        switch token {
        case "(", ")", "[", "]", "|", "/", "<", ">": return token == "<" ? "⟨" : token == ">" ? "⟩" : token
        case ".": return ""
        case "\\{", "\\lbrace": return "{"
        case "\\}", "\\rbrace": return "}"
        case "\\|", "\\Vert", "\\lVert", "\\rVert": return "‖"
        case "\\vert", "\\lvert", "\\rvert", "\\mid": return "|"
        case "\\langle": return "⟨"
        case "\\rangle": return "⟩"
        case "\\lfloor": return "⌊"
        case "\\rfloor": return "⌋"
        case "\\lceil": return "⌈"
        case "\\rceil": return "⌉"
        case "\\lbrack": return "["
        case "\\rbrack": return "]"
        case "\\backslash": return "\\"
        case "\\uparrow": return "↑"
        case "\\downarrow": return "↓"
        default: return nil
        }
    }

    /// `\big`-family sizes, in em.
    static let bigSizes: [String: Double] = [
        "big": 1.2, "bigl": 1.2, "bigr": 1.2, "bigm": 1.2,
        "Big": 1.8, "Bigl": 1.8, "Bigr": 1.8, "Bigm": 1.8,
        "bigg": 2.4, "biggl": 2.4, "biggr": 2.4, "biggm": 2.4,
        "Bigg": 3.0, "Biggl": 3.0, "Biggr": 3.0, "Biggm": 3.0,
    ]

    /// Font commands: how letters and digits inside them are drawn.
    static let fonts: [String: MathFont] = [
        "mathrm": .upright, "mathup": .upright, "mathit": .italic, "mathbf": .bold,
        "mathbb": .doubleStruck, "mathcal": .script, "mathscr": .script, "mathfrak": .fraktur,
        "mathsf": .sansSerif, "mathtt": .monospace, "boldsymbol": .boldItalic, "bm": .boldItalic,
    ]
}

/// A math alphabet: MathML Core draws these with the Unicode Mathematical Alphanumeric
/// Symbols (𝐱, ℝ, 𝒩), not with `mathvariant`, which only knows "normal".
enum MathFont: Sendable {
    case upright, italic, bold, boldItalic, doubleStruck, script, fraktur, sansSerif, monospace

    /// The character `c` drawn in this alphabet, and whether it must be upright (`normal`).
    func map(_ c: Character) -> (String, normal: Bool) {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1, scalar.isASCII,
              c.isLetter || c.isNumber else {
            return (String(c), self == .upright)
        }
        let v = scalar.value
        let isUpper = (65...90).contains(v), isLower = (97...122).contains(v), isDigit = (48...57).contains(v)
        func at(_ upper: UInt32, _ lower: UInt32?, _ digit: UInt32?, exceptions: [Character: String] = [:]) -> String {
            if let special = exceptions[c] { return special }
            if isUpper { return String(Unicode.Scalar(upper + v - 65)!) }
            if isLower, let lower { return String(Unicode.Scalar(lower + v - 97)!) }
            if isDigit, let digit { return String(Unicode.Scalar(digit + v - 48)!) }
            return String(c)
        }
        switch self {
        case .upright: return (String(c), true)
        case .italic: return (String(c), false)
        case .bold: return (at(0x1D400, 0x1D41A, 0x1D7CE), false)
        case .boldItalic: return (at(0x1D468, 0x1D482, 0x1D7CE), false)
        case .doubleStruck:
            return (at(0x1D538, 0x1D552, 0x1D7D8, exceptions: [
                "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]), false)
        case .script:
            return (at(0x1D49C, 0x1D4B6, nil, exceptions: [
                "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                "e": "ℯ", "g": "ℊ", "o": "ℴ"]), false)
        case .fraktur:
            return (at(0x1D504, 0x1D51E, nil, exceptions: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]), false)
        case .sansSerif: return (at(0x1D5A0, 0x1D5BA, 0x1D7E2), false)
        case .monospace: return (at(0x1D670, 0x1D68A, 0x1D7F6), false)
        }
    }
}
