#include "store/aes_gcm_cipher.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace warren::store {

namespace {
const unsigned char* bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}
unsigned char* bytes(QByteArray& array) {
    return reinterpret_cast<unsigned char*>(array.data());
}
} // namespace

AesGcmCipher::AesGcmCipher()
    // An explicit fetch once: the legacy EVP_aes_256_gcm() makes OpenSSL 3 look the
    // implementation up again on every init, which costs more than encrypting a small record.
    : m_cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr))
    , m_context(EVP_CIPHER_CTX_new()) {}

AesGcmCipher::~AesGcmCipher() {
    EVP_CIPHER_CTX_free(m_context);
    EVP_CIPHER_free(m_cipher);
}

std::optional<QByteArray> AesGcmCipher::seal(const QByteArray& key, QByteArrayView plaintext,
                                             QByteArrayView aad) {
    if (!m_cipher || !m_context || key.size() != KeySize)
        return std::nullopt;
    QByteArray out(NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    unsigned char* nonce = bytes(out);
    unsigned char* cipherText = nonce + NonceSize;
    if (RAND_bytes(nonce, NonceSize) != 1)
        return std::nullopt;
    int length = 0;
    if (EVP_EncryptInit_ex2(m_context, m_cipher, bytes(key), nonce, nullptr) != 1)
        return std::nullopt;
    if (!aad.isEmpty() &&
        EVP_EncryptUpdate(m_context, nullptr, &length, bytes(aad), int(aad.size())) != 1)
        return std::nullopt;
    if (!plaintext.isEmpty() && EVP_EncryptUpdate(m_context, cipherText, &length, bytes(plaintext),
                                                  int(plaintext.size())) != 1)
        return std::nullopt;
    if (EVP_EncryptFinal_ex(m_context, cipherText + plaintext.size(), &length) != 1)
        return std::nullopt;
    if (EVP_CIPHER_CTX_ctrl(m_context, EVP_CTRL_GCM_GET_TAG, TagSize,
                            cipherText + plaintext.size()) != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> AesGcmCipher::open(const QByteArray& key, QByteArrayView sealed,
                                             QByteArrayView aad) {
    if (!m_cipher || !m_context || key.size() != KeySize || sealed.size() < Overhead)
        return std::nullopt;
    const qsizetype textSize = sealed.size() - Overhead;
    const unsigned char* nonce = bytes(sealed);
    const unsigned char* cipherText = nonce + NonceSize;
    QByteArray tag(reinterpret_cast<const char*>(cipherText + textSize), TagSize);
    QByteArray out(textSize, Qt::Uninitialized);
    int length = 0;
    if (EVP_DecryptInit_ex2(m_context, m_cipher, bytes(key), nonce, nullptr) != 1)
        return std::nullopt;
    if (!aad.isEmpty() &&
        EVP_DecryptUpdate(m_context, nullptr, &length, bytes(aad), int(aad.size())) != 1)
        return std::nullopt;
    if (textSize > 0 &&
        EVP_DecryptUpdate(m_context, bytes(out), &length, cipherText, int(textSize)) != 1)
        return std::nullopt;
    if (EVP_CIPHER_CTX_ctrl(m_context, EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1)
        return std::nullopt;
    // Final verifies the tag: only now may the plaintext be trusted.
    if (EVP_DecryptFinal_ex(m_context, bytes(out) + textSize, &length) != 1)
        return std::nullopt;
    return out;
}

QByteArray AesGcmCipher::randomKey() {
    QByteArray key(KeySize, Qt::Uninitialized);
    if (RAND_bytes(bytes(key), KeySize) != 1)
        return {};
    return key;
}

} // namespace warren::store
