#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

struct evp_cipher_st;
struct evp_cipher_ctx_st;

namespace warren::store {

// AES-256-GCM through OpenSSL's EVP interface. A sealed record is nonce || ciphertext || tag,
// with a fresh random 96-bit nonce each time: random nonces keep the store free of nonce state
// that could be rolled back with a restored backup; NIST SP 800-38D allows 2^32 of them per
// key, which is what key rotation is for.
//
// One instance holds its fetched cipher and context for reuse, so it is not thread-safe: each
// thread that encrypts has its own.
class AesGcmCipher {
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int Overhead = NonceSize + TagSize;

    AesGcmCipher();
    ~AesGcmCipher();
    AesGcmCipher(const AesGcmCipher&) = delete;
    AesGcmCipher& operator=(const AesGcmCipher&) = delete;

    // Empty when OpenSSL fails (no randomness, key of the wrong size).
    std::optional<QByteArray> seal(const QByteArray& key, QByteArrayView plaintext,
                                   QByteArrayView aad);
    // Empty when the record was altered, belongs to other associated data, or the key differs.
    std::optional<QByteArray> open(const QByteArray& key, QByteArrayView sealed,
                                   QByteArrayView aad);

    static QByteArray randomKey();

private:
    evp_cipher_st* m_cipher = nullptr;
    evp_cipher_ctx_st* m_context = nullptr;
};

} // namespace warren::store
