import CLibCrypto
import Foundation

/// SHA-256 digests (OpenSSL's libcrypto), as lowercase hex: the run cache names entries
/// by them, fingerprints data files with them and checks entries against them.
public enum ContentHash {
    /// The SHA-256 of `bytes`, in hex.
    public static func sha256<Bytes: ContiguousBytes>(_ bytes: Bytes) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { raw in
            digest.withUnsafeMutableBufferPointer { out in
                EVP_Digest(raw.baseAddress, raw.count, out.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        precondition(ok == 1 && length == 32, "libcrypto's SHA-256 failed")
        return digest.prefix(Int(length)).map { byte in
            let s = String(byte, radix: 16)
            return byte < 16 ? "0" + s : s
        }.joined()
    }

    /// The SHA-256 of a string's UTF-8 bytes.
    public static func sha256(_ text: String) -> String {
        sha256(Array(text.utf8))
    }

    /// The SHA-256 of a file's bytes; nil when it cannot be read (missing, a folder...).
    public static func sha256(file path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return sha256(data)
    }
}
