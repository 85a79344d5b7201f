import Crypto

/// SHA-256 as lowercase hex, for file hashes of imports and salted buyer hashes, computed by
/// swift-crypto (BoringSSL's implementation on Linux).
enum SHA256Digest {
    /// The hex digest of `bytes`.
    static func hex(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        hex(SHA256.hash(data: UnsafeRawBufferPointer(bytes)))
    }

    /// The hex digest of `text`'s UTF-8 bytes.
    static func hex(_ text: String) -> String {
        hex(SHA256.hash(data: Array(text.utf8)))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(SHA256.byteCount * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
