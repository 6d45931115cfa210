// Sieve of Eratosthenes with an array of Bool.
func primes(upTo n: Int) -> [Int] {
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var i = 2
    while i * i <= n {
        if isPrime[i] {
            for j in stride(from: i * i, through: n, by: i) { isPrime[j] = false }
        }
        i += 1
    }
    return (0...n).filter { isPrime[$0] }
}
print(primes(upTo: 50))
print(primes(upTo: 100).count)
