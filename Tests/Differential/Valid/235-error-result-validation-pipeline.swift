enum DataError: Error, Equatable {
    case missingValue(row: Int)
    case outOfRange(row: Int, value: Double)
}

func clean(_ rows: [Double?]) throws -> [Double] {
    var out: [Double] = []
    for (i, r) in rows.enumerated() {
        guard let v = r else { throw DataError.missingValue(row: i) }
        guard v >= 0 && v <= 1 else { throw DataError.outOfRange(row: i, value: v) }
        out.append(v)
    }
    return out
}

let batches: [[Double?]] = [[0.1, 0.5, 0.9], [0.2, nil, 0.3], [0.4, 1.5]]
for b in batches {
    do {
        let c = try clean(b)
        print("clean:", c)
    } catch let e as DataError {
        print("bad batch:", e, e == .missingValue(row: 1))
    } catch {
        print("?")
    }
}
