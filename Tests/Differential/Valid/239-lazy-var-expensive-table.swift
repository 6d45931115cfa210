final class PrimeTable {
    let limit: Int
    init(limit: Int) { self.limit = limit }

    lazy var primes: [Int] = {
        var isPrime = Array(repeating: true, count: limit + 1)
        var result: [Int] = []
        for n in 2...limit where isPrime[n] {
            result.append(n)
            var m = n * n
            while m <= limit {
                isPrime[m] = false
                m += n
            }
        }
        return result
    }()

    func isPrime(_ n: Int) -> Bool {
        return primes.contains(n)
    }
}

let table = PrimeTable(limit: 50)
print(table.primes)
print(table.isPrime(37), table.isPrime(39))
print(table.primes.count)
